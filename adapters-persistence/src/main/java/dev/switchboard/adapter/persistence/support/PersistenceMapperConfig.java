package dev.switchboard.adapter.persistence.support;

import org.mapstruct.MapperConfig;
import org.mapstruct.MappingConstants;
import org.mapstruct.ReportingPolicy;

/**
 * What every row mapper shares. Mappers are plain objects ({@code Mappers.getMapper}), not Spring components, so the
 * adapter works without an application context; a target property nobody maps fails the build.
 */
@MapperConfig(componentModel = MappingConstants.ComponentModel.DEFAULT, unmappedTargetPolicy = ReportingPolicy.ERROR,
        uses = ColumnMappings.class)
public interface PersistenceMapperConfig {
}
