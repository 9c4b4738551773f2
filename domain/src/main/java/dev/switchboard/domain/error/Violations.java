package dev.switchboard.domain.error;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Collects field errors so that a validation reports all of them in one {@link InvalidInputException}
 * instead of stopping at the first.
 */
public final class Violations {

    private final List<FieldError> errors = new ArrayList<>();

    public Violations add(String path, String message) {
        errors.add(new FieldError(path, message));
        return this;
    }

    /** Records {@code message} at {@code path} unless {@code condition} holds. */
    public Violations require(boolean condition, String path, String message) {
        if (!condition) {
            add(path, message);
        }
        return this;
    }

    /** Runs a check that throws {@link InvalidInputException}, keeping its errors (re-rooted under {@code path}) and going on. */
    public <T> T collect(String path, Supplier<T> check) {
        try {
            return check.get();
        } catch (InvalidInputException e) {
            for (FieldError error : e.errors()) {
                errors.add(new FieldError(join(path, error.path()), error.message()));
            }
            return null;
        }
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    public List<FieldError> errors() {
        return List.copyOf(errors);
    }

    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    /** Joins a parent path and a child path: {@code join("info", "endpointType")} is {@code info.endpointType}. */
    public static String join(String parent, String child) {
        if (parent.isEmpty()) {
            return child;
        }
        if (child.isEmpty()) {
            return parent;
        }
        return child.startsWith("[") ? parent + child : parent + "." + child;
    }
}
