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
        T value = own.isEmpty() ? own.collect(path, constructor) : null;
        for (FieldError error : own.errors()) {
            violations.add(error.path(), error.message());
        }
        return value;
    }

    /** Each input of a list, read at {@code path[i]}; {@code null} stays {@code null} (an absent list). */
    public static <I, T> List<T> each(List<I> inputs, String path, Violations violations, Reader<I, T> reader) {
        if (inputs == null) {
            return null;
        }
        List<T> values = new ArrayList<>(inputs.size());
        for (int i = 0; i < inputs.size(); i++) {
            values.add(reader.read(inputs.get(i), path + "[" + i + "]", violations));
        }
        return values;
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
