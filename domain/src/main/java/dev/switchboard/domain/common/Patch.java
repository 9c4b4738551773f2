package dev.switchboard.domain.common;

import java.util.Objects;
import java.util.function.Function;

/**
 * One property of a PATCH body: left out ({@link Absent}), sent as {@code null} ({@link Cleared}), or sent with a
 * value ({@link Value}). A plain {@code Optional} cannot tell the first two apart.
 */
public sealed interface Patch<T> permits Patch.Absent, Patch.Cleared, Patch.Value {

    record Absent<T>() implements Patch<T> {
    }

    record Cleared<T>() implements Patch<T> {
    }

    record Value<T>(T value) implements Patch<T> {
        public Value {
            Objects.requireNonNull(value, "a patch value is never null; use Patch.cleared()");
        }
    }

    static <T> Patch<T> absent() {
        return new Absent<>();
    }

    static <T> Patch<T> cleared() {
        return new Cleared<>();
    }

    static <T> Patch<T> of(T value) {
        return new Value<>(value);
    }

    /** {@code null} becomes {@link #cleared()}: for adapters that have already seen the property in the body. */
    static <T> Patch<T> ofNullable(T value) {
        return value == null ? cleared() : of(value);
    }

    default boolean isAbsent() {
        return this instanceof Absent;
    }

    /** The value this patch leaves behind when applied to {@code current}. */
    default T applyTo(T current) {
        if (this instanceof Value<T> v) {
            return v.value();
        }
        return this instanceof Cleared ? null : current;
    }

    /** Converts the carried value, keeping absent and cleared as they are. */
    default <R> Patch<R> map(Function<? super T, ? extends R> mapper) {
        if (this instanceof Value<T> v) {
            return Patch.of(mapper.apply(v.value()));
        }
        return this instanceof Cleared ? cleared() : absent();
    }
}
