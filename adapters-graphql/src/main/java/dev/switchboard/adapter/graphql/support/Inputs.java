package dev.switchboard.adapter.graphql.support;

import dev.switchboard.domain.common.Patch;
import dev.switchboard.domain.error.FieldError;
import dev.switchboard.domain.error.InvalidInputException;
import dev.switchboard.domain.error.Violations;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

import org.springframework.graphql.data.ArgumentValue;

/**
 * Small tools for turning GraphQL input objects into domain values while collecting every field error, so that one
 * answer names all of them. Paths are relative to the mutation's {@code input} argument; the error advice roots them.
 */
public final class Inputs {

    private Inputs() {
    }

    /** Reads one nested input value at {@code path}; {@code null} in, {@code null} out. */
    @FunctionalInterface
    public interface Reader<I, T> {
        T read(I input, String path, Violations violations);
    }

    /**
     * A key such as {@code CallId}, whose constructor checks it; its errors are reported at {@code path} itself
     * rather than under the key's own {@code id}.
     */
    public static <T> T key(Violations violations, String path, String raw, Function<String, T> key) {
        try {
            return key.apply(raw);
        } catch (InvalidInputException e) {
            for (FieldError error : e.errors()) {
                violations.add(path, error.message());
            }
            return null;
        }
    }

    /** A key argument of a query, such as a call's {@code id}. @throws InvalidInputException naming {@code path} */
    public static <T> T key(String path, String raw, Function<String, T> key) {
        Violations violations = new Violations();
        T value = key(violations, path, raw, key);
        violations.throwIfAny();
        return value;
    }

    /**
     * Builds a value from its parts once they were read without error into {@code own}; its constructor's own checks
     * are then reported under {@code path}. Either way {@code own}'s errors move to {@code violations}. Skipping the
     * constructor when a part was refused keeps one mistake from being reported twice.
     */
    public static <T> T build(Violations violations, Violations own, String path, Supplier<T> constructor) {
        // The domain's rules run even when fields were refused, so that one answer names every problem; a rule about
        // a field refused already is dropped, and a value built from refused fields is not returned.
        List<FieldError> refused = own.errors();
        T value = null;
        try {
            value = constructor.get();
        } catch (InvalidInputException e) {
            for (FieldError error : e.errors()) {
                String at = Violations.join(path, error.path());
                if (refused.stream().noneMatch(earlier -> earlier.concerns(at))) {
                    own.add(at, error.message());
                }
            }
        } catch (RuntimeException incomplete) {
            if (refused.isEmpty()) {
                throw incomplete;
            }
        }
        for (FieldError error : own.errors()) {
            violations.add(error.path(), error.message());
        }
        return own.isEmpty() ? value : null;
    }

    /**
     * Each input of a list, read at {@code path[i]}; {@code null} stays {@code null} (an absent list), and so does a list
     * with a refused item.
     */
    public static <I, T> List<T> each(List<I> inputs, String path, Violations violations, Reader<I, T> reader) {
        if (inputs == null) {
            return null;
        }
        int errorsBefore = violations.errors().size();
        List<T> values = new ArrayList<>(inputs.size());
        for (int i = 0; i < inputs.size(); i++) {
            values.add(reader.read(inputs.get(i), path + "[" + i + "]", violations));
        }
        // a list with a refused item is refused as a whole, never passed on with holes in it
        return violations.errors().size() > errorsBefore ? null : values;
    }

    /**
     * A PATCH property from an {@link ArgumentValue}: omitted, left alone; explicit {@code null}, cleared; a value,
     * converted. A value that could not be converted (its errors are in {@code violations}) is left out, since the
     * whole request is refused anyway.
     */
    public static <I, T> Patch<T> patch(ArgumentValue<I> argument, Function<I, T> convert) {
        if (argument == null || argument.isOmitted()) {
            return Patch.absent();
        }
        if (argument.isEmpty()) {
            return Patch.cleared();
        }
        T value = convert.apply(argument.value());
        return value == null ? Patch.absent() : Patch.of(value);
    }

    /** A PATCH property whose input needs no conversion. */
    public static <T> Patch<T> patch(ArgumentValue<T> argument) {
        return patch(argument, Function.identity());
    }
}
