package dev.switchboard.adapter.rest.odata;

import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;

/**
 * The preferences Graph honours from the {@code Prefer} header: {@code odata.maxpagesize=N} and
 * {@code include-unknown-enum-members}. A preference we cannot read is ignored, as preferences may be.
 */
record Prefer(OptionalInt maxPageSize, boolean includeUnknownEnumMembers) {

    static Prefer parse(List<String> headers) {
        OptionalInt maxPageSize = OptionalInt.empty();
        boolean unknownMembers = false;
        for (String header : headers == null ? List.<String>of() : headers) {
            for (String preference : header.split(",")) {
                String token = preference.split(";")[0].trim();
                String[] nameValue = token.split("=", 2);
                String name = nameValue[0].trim().toLowerCase(Locale.ROOT);
                if (name.equals("odata.maxpagesize") && nameValue.length == 2) {
                    try {
                        int size = Integer.parseInt(nameValue[1].trim().replace("\"", ""));
                        if (size > 0) {
                            maxPageSize = OptionalInt.of(size);
                        }
                    } catch (NumberFormatException ignored) {
                        // an unreadable preference is no preference
                    }
                } else if (name.equals("include-unknown-enum-members")) {
                    unknownMembers = true;
                }
            }
        }
        return new Prefer(maxPageSize, unknownMembers);
    }
}
