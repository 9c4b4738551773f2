package dev.switchboard.adapter.rest.odata;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code $select} and {@code $expand} applied to an entity that was written in full: unselected properties and
 * unexpanded navigations are left out, and the context URL names what remains
 * ({@code callRecords(id,sessions(segments()))}).
 */
public final class Projection {

    /** A navigation property that {@code $expand} may name, with the navigations below it. */
    public record Navigation(String name, List<Navigation> children) {
        public static Navigation of(String name, Navigation... children) {
            return new Navigation(name, List.of(children));
        }
    }

    /** Each wire type's property names, read from its record components once: reflection is not free per request. */
    private static final ClassValue<Set<String>> PROPERTIES = new ClassValue<>() {
        @Override
        protected Set<String> computeValue(Class<?> wireType) {
            return propertiesOf(wireType.asSubclass(Record.class));
        }
    };

    private final Set<String> select;
    private final Map<String, Projection> expand;
    private final List<Navigation> navigations;

    private Projection(Set<String> select, Map<String, Projection> expand, List<Navigation> navigations) {
        this.select = select;
        this.expand = expand;
        this.navigations = navigations;
    }

    /** No {@code $select}, no {@code $expand}: every property, no navigation. */
    public static Projection full(Navigation... navigations) {
        return new Projection(null, Map.of(), List.of(navigations));
    }

    /**
     * Reads {@code $select} (names checked against the properties of {@code wireType}) and {@code $expand} (checked
     * against {@code navigations}) from options that the endpoint has already allowed.
     */
    public static Projection of(QueryOptions options, Class<? extends Record> wireType, Navigation... navigations) {
        Set<String> select = options.get(QueryOption.SELECT).map(String::trim).filter(s -> !s.isEmpty())
                .map(value -> parseSelect(value, PROPERTIES.get(wireType))).orElse(null);
        Map<String, Projection> expand = options.get(QueryOption.EXPAND).map(String::trim).filter(s -> !s.isEmpty())
                .map(value -> parseExpand(value, List.of(navigations), QueryOption.EXPAND.wireName()))
                .orElse(Map.of());
        return new Projection(select, expand, List.of(navigations));
    }

    public boolean expands(String navigation) {
        return expand.containsKey(navigation);
    }

    /** The projection of an expanded navigation's items. */
    public Projection nested(String navigation) {
        return Optional.ofNullable(expand.get(navigation))
                .orElseGet(() -> new Projection(null, Map.of(), childrenOf(navigations, navigation)));
    }

    /** Leaves out what the client did not ask for, in place. */
    public ObjectNode apply(ObjectNode entity) {
        for (Navigation navigation : navigations) {
            Projection nested = expand.get(navigation.name());
            if (nested == null) {
                entity.remove(navigation.name());
                continue;
            }
            JsonNode value = entity.get(navigation.name());
            if (value != null && value.isArray()) {
                value.forEach(item -> {
                    if (item.isObject()) {
                        nested.apply((ObjectNode) item);
                    }
                });
            } else if (value != null && value.isObject()) {
                nested.apply((ObjectNode) value);
            }
        }
        if (select != null) {
            for (Iterator<String> names = entity.propertyNames().iterator(); names.hasNext(); ) {
                String name = names.next();
                String property = name.contains("@") ? name.substring(0, name.indexOf('@')) : name;
                if (!property.isEmpty() && !select.contains(property) && !expand.containsKey(property)) {
                    names.remove();
                }
            }
        }
        return entity;
    }

    /** What the context URL adds after the entity set: {@code (id,type,sessions(segments()))}, or nothing. */
    public String contextSuffix() {
        if (select == null && expand.isEmpty()) {
            return "";
        }
        return "(" + inner() + ")";
    }

    private String inner() {
        List<String> items = new ArrayList<>();
        if (select != null) {
            items.addAll(select);
        }
        expand.forEach((name, nested) -> items.add(name + "(" + nested.inner() + ")"));
        return String.join(",", items);
    }

    private static Set<String> parseSelect(String value, Set<String> properties) {
        Set<String> selected = new LinkedHashSet<>();
        for (String item : value.split(",")) {
            String name = item.trim();
            if (name.equals("*")) {
                return null;
            }
            if (!properties.contains(name)) {
                throw QueryOptions.invalid(QueryOption.SELECT, "'" + name + "' is not a property of this resource");
            }
            selected.add(name);
        }
        return selected;
    }

    /** {@code item(,item)*}, where an item is {@code name} or {@code name($expand=items)}. */
    private static Map<String, Projection> parseExpand(String value, List<Navigation> allowed, String where) {
        Map<String, Projection> expanded = new LinkedHashMap<>();
        for (String item : splitTopLevel(value, ',', where)) {
            String text = item.trim();
            int open = text.indexOf('(');
            String name = (open < 0 ? text : text.substring(0, open)).trim();
            List<Navigation> children = childrenOf(allowed, name);
            if (allowed.stream().noneMatch(n -> n.name().equals(name))) {
                throw QueryOptions.invalid(QueryOption.EXPAND, "'" + name + "' cannot be expanded here"
                        + (allowed.isEmpty() ? "" : "; expandable: "
                        + allowed.stream().map(Navigation::name).collect(Collectors.joining(", "))));
            }
            Map<String, Projection> nested = Map.of();
            if (open >= 0) {
                if (!text.endsWith(")")) {
                    throw QueryOptions.invalid(QueryOption.EXPAND, "'" + text + "' is missing a closing parenthesis");
                }
                nested = parseNestedOptions(text.substring(open + 1, text.length() - 1), children, where);
            }
            if (expanded.put(name, new Projection(null, nested, children)) != null) {
                throw QueryOptions.invalid(QueryOption.EXPAND, "'" + name + "' is expanded twice");
            }
        }
        return expanded;
    }

    private static Map<String, Projection> parseNestedOptions(String options, List<Navigation> children, String where) {
        Map<String, Projection> nested = Map.of();
        for (String option : splitTopLevel(options, ';', where)) {
            String trimmed = option.trim();
            if (trimmed.isEmpty()) {
                continue;
            }
            String[] nameValue = trimmed.split("=", 2);
            String name = nameValue[0].trim();
            if (!(name.equalsIgnoreCase("$expand") || name.equalsIgnoreCase("expand")) || nameValue.length < 2) {
                throw QueryOptions.invalid(QueryOption.EXPAND, "'" + trimmed + "' is not supported inside $expand; only $expand is");
            }
            nested = parseExpand(nameValue[1], children, where);
        }
        return nested;
    }

    private static List<String> splitTopLevel(String value, char separator, String where) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
                if (depth < 0) {
                    throw QueryOptions.invalid(QueryOption.EXPAND, "has an unbalanced ')'");
                }
            } else if (c == separator && depth == 0) {
                parts.add(value.substring(start, i));
                start = i + 1;
            }
        }
        if (depth != 0) {
            throw QueryOptions.invalid(QueryOption.EXPAND, "has an unbalanced '('");
        }
        parts.add(value.substring(start));
        return parts;
    }

    private static List<Navigation> childrenOf(List<Navigation> navigations, String name) {
        return navigations.stream().filter(n -> n.name().equals(name)).findFirst()
                .map(Navigation::children).orElse(List.of());
    }

    private static Set<String> propertiesOf(Class<? extends Record> wireType) {
        return Arrays.stream(wireType.getRecordComponents())
                .filter(component -> component.getAccessor().getAnnotation(JsonIgnore.class) == null
                        && component.getAccessor().getAnnotation(JsonAnyGetter.class) == null)
                .map(Projection::wireName)
                .collect(Collectors.collectingAndThen(Collectors.toCollection(LinkedHashSet::new),
                        Collections::unmodifiableSet));
    }

    private static String wireName(RecordComponent component) {
        // Jackson's annotations do not target record components; javac puts them on the accessor
        JsonProperty renamed = component.getAccessor().getAnnotation(JsonProperty.class);
        return renamed != null && !renamed.value().isEmpty() ? renamed.value() : component.getName();
    }
}
