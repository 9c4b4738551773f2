package dev.switchboard.adapter.rest;

import dev.switchboard.adapter.rest.odata.GraphRequestResolver;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.config.WebFluxConfigurer;
import org.springframework.web.reactive.result.method.annotation.ArgumentResolverConfigurer;
import org.springframework.web.server.adapter.ForwardedHeaderTransformer;
import org.springframework.web.server.adapter.WebHttpHandlerBuilder;

/**
 * The REST adapter's Spring setup. Its controllers, filters and error handler are found by component scan of
 * {@code dev.switchboard.adapter}; they reach the core only through the use-case beans that {@code app} defines.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RestProperties.class)
public class RestAdapterConfiguration implements WebFluxConfigurer {

    private final GraphRequestResolver graphRequests;

    public RestAdapterConfiguration(GraphRequestResolver graphRequests) {
        this.graphRequests = graphRequests;
    }

    @Override
    public void configureArgumentResolvers(ArgumentResolverConfigurer configurer) {
        configurer.addCustomResolver(graphRequests);
    }

    /**
     * Honours {@code Forwarded} and {@code X-Forwarded-*}, so that {@code @odata.nextLink}, {@code @odata.context}
     * and {@code Location} name the host and scheme the client used, behind a proxy too.
     */
    @Bean(WebHttpHandlerBuilder.FORWARDED_HEADER_TRANSFORMER_BEAN_NAME)
    ForwardedHeaderTransformer forwardedHeaderTransformer() {
        return new ForwardedHeaderTransformer();
    }
}
