package dev.switchboard.domain.common;

import dev.switchboard.domain.error.InvalidInputException;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Parsing of {@link GraphEnum}s: any casing in, CSDL spelling out, non-members refused with the allowed list. */
public final class GraphEnums {

    private GraphEnums() {
    }

    /**
     * Parses {@code raw} as a member of {@code type}, ignoring case.
     *
     * @throws InvalidInputException naming the path {@code ""} and listing the allowed members when {@code raw}
     *                               is not a member (the caller re-roots the path with {@code Violations.collect})
     */
    public static <E extends Enum<E> & GraphEnum> E parse(Class<E> type, String raw) {
        if (raw != null) {
            for (E member : type.getEnumConstants()) {
                if (sameIgnoringAsciiCase(member.graphName(), raw)
                        || member.inputAliases().stream().anyMatch(alias -> sameIgnoringAsciiCase(alias, raw))) {
                    return member;
                }
            }
        }
        throw InvalidInputException.of("", "'" + raw + "' is not one of " + allowed(type));
    }

    /** Member names are ASCII; folding only ASCII letters keeps look-alikes such as the Kelvin sign out. */
    private static boolean sameIgnoringAsciiCase(String name, String raw) {
        return name.length() == raw.length() && name.toLowerCase(Locale.ROOT).equals(asciiLower(raw));
    }

    private static String asciiLower(String value) {
        StringBuilder lower = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            lower.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
        }
        return lower.toString();
    }

    /** The members of {@code type} as a client may send them, comma-separated, in declaration order. */
    public static <E extends Enum<E> & GraphEnum> String allowed(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(GraphEnum::graphName).collect(Collectors.joining(", "));
    }
}
