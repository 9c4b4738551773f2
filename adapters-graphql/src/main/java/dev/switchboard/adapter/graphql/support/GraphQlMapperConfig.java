package dev.switchboard.adapter.graphql.support;

import org.mapstruct.MapperConfig;
import org.mapstruct.ReportingPolicy;

/**
 * Shared by every view mapper of the adapter: a view property nobody maps fails the build, and the mappers are Spring
 * beans. Aggregate mappers add {@code uses = GraphValueViewMapper.class} for the shared values.
 */
@MapperConfig(componentModel = "spring", unmappedTargetPolicy = ReportingPolicy.ERROR)
public interface GraphQlMapperConfig {
}
