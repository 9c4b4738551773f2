package dev.switchboard.adapter.rest.support;

import org.mapstruct.MapperConfig;
import org.mapstruct.ReportingPolicy;
import org.mapstruct.SubclassExhaustiveStrategy;

/**
 * Shared by every wire mapper of the adapter: a target property nobody maps fails the build, and the mappers are
 * Spring beans. Aggregate mappers add {@code uses = GraphValueJsonMapper.class} for the shared values.
 */
@MapperConfig(componentModel = "spring",
        unmappedTargetPolicy = ReportingPolicy.ERROR,
        subclassExhaustiveStrategy = SubclassExhaustiveStrategy.RUNTIME_EXCEPTION)
public interface RestMapperConfig {
}
