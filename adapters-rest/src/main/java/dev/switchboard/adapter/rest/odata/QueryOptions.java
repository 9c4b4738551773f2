package dev.switchboard.adapter.rest.odata;

import dev.switchboard.domain.error.InvalidInputException;
import dev.switchboard.domain.error.Violations;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.util.MultiValueMap;

/**
 * The system query options of one request. Each endpoint states which it supports; any other one (or one given
 * twice) is refused with {@code 400} instead of being silently ignored, as Graph does for {@code $orderby} or
 * {@code $top} on callRecords.
 */
public final class QueryOptions {

    private final Map<QueryOption, String> values;
    private final List<String> repeated;
    /** {@code $}-prefixed parameters OData does not define ({@code $foo}); plain custom parameters pass, as in Graph. */
    private final List<String> unknown;

    private QueryOptions(Map<QueryOption, String> values, List<String> repeated, List<String> unknown) {
        this.values = values;
        this.repeated = repeated;
        this.unknown = unknown;
    }

    static QueryOptions of(MultiValueMap<String, String> parameters) {
        Map<QueryOption, String> values = new EnumMap<>(QueryOption.class);
        List<String> repeated = new java.util.ArrayList<>();
        List<String> unknown = new java.util.ArrayList<>();
        parameters.forEach((name, given) -> {
            Optional<QueryOption> known = QueryOption.ofParameter(name);
            if (known.isEmpty() && name.startsWith("$")) {
                unknown.add(name);
            }
            known.ifPresent(option -> {
                if (given.size() > 1 || values.containsKey(option)) {
                    repeated.add(option.wireName());
                }
                values.put(option, given.get(0) == null ? "" : given.get(0));
            });
        });
        return new QueryOptions(values, repeated, unknown);
    }

    /** Refuses every option outside {@code supported}, naming each, and any option given twice. */
    public QueryOptions allowOnly(QueryOption... supported) {
        Set<QueryOption> allowed = supported.length == 0 ? EnumSet.noneOf(QueryOption.class) : EnumSet.copyOf(Arrays.asList(supported));
        Violations violations = new Violations();
        for (QueryOption option : values.keySet()) {
            if (!allowed.contains(option)) {
                violations.add(option.wireName(), allowed.isEmpty()
                        ? "is not supported on this resource; it takes no query options"
                        : "is not supported on this resource; supported: "
                        + allowed.stream().map(QueryOption::wireName).collect(Collectors.joining(", ")));
            }
        }
        repeated.stream().distinct().forEach(option -> violations.add(option, "may be given only once"));
        unknown.forEach(name -> violations.add(name, "is not a system query option"));
        violations.throwIfAny();
        return this;
    }

    /** The option's value; an empty value counts as not given for {@code $select} and {@code $expand}. */
    public Optional<String> get(QueryOption option) {
        return Optional.ofNullable(values.get(option));
    }

    public static InvalidInputException invalid(QueryOption option, String message) {
        return InvalidInputException.of(option.wireName(), message);
    }
}
