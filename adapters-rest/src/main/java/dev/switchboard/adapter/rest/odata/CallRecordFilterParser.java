package dev.switchboard.adapter.rest.odata;

import dev.switchboard.domain.callrecord.CallRecordFilter;
import dev.switchboard.domain.error.InvalidInputException;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The {@code $filter} Graph supports on callRecords, and nothing more:
 *
 * <pre>
 * filter     = clause *( "and" clause )
 * clause     = "(" filter ")" / comparison / any
 * comparison = "startDateTime" ( "ge" / "gt" / "le" / "lt" ) DateTimeOffset
 * any        = "participants_v2/any(" var ":" var "/id eq '" id "')"
 * </pre>
 *
 * Keywords are read in any casing. Two bounds on one side keep the stricter. Anything else ({@code or},
 * {@code not}, {@code eq} on a date, another property) is refused with {@code 400}, never ignored.
 */
public final class CallRecordFilterParser {

    private static final String SUPPORTED = "supported are startDateTime ge|gt|le|lt <DateTimeOffset> and "
            + "participants_v2/any(p:p/id eq '<id>'), joined with 'and'";

    private final List<Token> tokens;
    private int position;
    private CallRecordFilter filter = CallRecordFilter.none();

    private CallRecordFilterParser(List<Token> tokens) {
        this.tokens = tokens;
    }

    public static CallRecordFilter parse(Optional<String> filter) {
        return filter.map(String::trim).filter(text -> !text.isEmpty()).map(CallRecordFilterParser::parse)
                .orElse(CallRecordFilter.none());
    }

    static CallRecordFilter parse(String text) {
        CallRecordFilterParser parser = new CallRecordFilterParser(tokenize(text));
        parser.conjunction();
        if (parser.position < parser.tokens.size()) {
            throw invalid("unexpected '" + parser.tokens.get(parser.position).text() + "'; " + SUPPORTED);
        }
        return parser.filter;
    }

    private void conjunction() {
        clause();
        while (peekWord("and")) {
            position++;
            clause();
        }
    }

    private void clause() {
        Token token = next("a condition");
        if (token.kind() == Kind.OPEN) {
            conjunction();
            expect(Kind.CLOSE, "')'");
            return;
        }
        if (token.kind() == Kind.WORD && token.text().equalsIgnoreCase("startDateTime")) {
            comparison();
            return;
        }
        if (token.kind() == Kind.WORD && token.text().equalsIgnoreCase("participants_v2/any")) {
            any();
            return;
        }
        throw invalid("'" + token.text() + "' cannot be filtered on; " + SUPPORTED);
    }

    private void comparison() {
        Token operator = next("an operator");
        String op = operator.text().toLowerCase(Locale.ROOT);
        if (operator.kind() != Kind.WORD || !List.of("ge", "gt", "le", "lt").contains(op)) {
            throw invalid("startDateTime supports ge, gt, le and lt, not '" + operator.text() + "'");
        }
        Token literal = next("a date-time");
        Instant at = dateTime(literal);
        boolean inclusive = op.startsWith("g") ? op.equals("ge") : op.equals("le");
        if (op.startsWith("g")) {
            filter = filter.startFrom().map(b -> stricterLower(b, at, inclusive)).orElse(true)
                    ? filter.startingFrom(at, inclusive) : filter;
        } else {
            filter = filter.startTo().map(b -> stricterUpper(b, at, inclusive)).orElse(true)
                    ? filter.startingBefore(at, inclusive) : filter;
        }
    }

    private void any() {
        expect(Kind.OPEN, "'('");
        Token variable = expect(Kind.WORD, "a lambda variable");
        expect(Kind.COLON, "':'");
        Token property = expect(Kind.WORD, "'" + variable.text() + "/id'");
        if (!property.text().equals(variable.text() + "/id")) {
            throw invalid("participants_v2/any supports only " + variable.text() + "/id eq '<id>', not '" + property.text() + "'");
        }
        Token eq = expect(Kind.WORD, "'eq'");
        if (!eq.text().equalsIgnoreCase("eq")) {
            throw invalid("participants_v2/any supports only eq, not '" + eq.text() + "'");
        }
        Token id = expect(Kind.STRING, "a quoted participant id");
        expect(Kind.CLOSE, "')'");
        if (filter.participantId().isPresent()) {
            throw invalid("only one participants_v2/any(...) condition is supported");
        }
        filter = filter.withParticipant(id.text());
    }

    private static boolean stricterLower(CallRecordFilter.Bound current, Instant at, boolean inclusive) {
        return at.isAfter(current.at()) || (at.equals(current.at()) && !inclusive);
    }

    private static boolean stricterUpper(CallRecordFilter.Bound current, Instant at, boolean inclusive) {
        return at.isBefore(current.at()) || (at.equals(current.at()) && !inclusive);
    }

    private static Instant dateTime(Token literal) {
        // OData writes DateTimeOffset literals bare; a quoted one is read too, as some clients send it
        String text = literal.text();
        try {
            return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            throw invalid("'" + text + "' is not a DateTimeOffset such as 2025-03-01T00:00:00Z");
        }
    }

    private boolean peekWord(String word) {
        return position < tokens.size() && tokens.get(position).kind() == Kind.WORD
                && tokens.get(position).text().equalsIgnoreCase(word);
    }

    private Token next(String expected) {
        if (position >= tokens.size()) {
            throw invalid("ends where " + expected + " was expected; " + SUPPORTED);
        }
        return tokens.get(position++);
    }

    private Token expect(Kind kind, String expected) {
        Token token = next(expected);
        if (token.kind() != kind) {
            throw invalid("expected " + expected + " but found '" + token.text() + "'");
        }
        return token;
    }

    private static InvalidInputException invalid(String message) {
        return QueryOptions.invalid(QueryOption.FILTER, message);
    }

    private enum Kind { WORD, STRING, OPEN, CLOSE, COLON }

    private record Token(Kind kind, String text) {
    }

    /**
     * Words are names and paths ({@code participants_v2/any}, {@code p/id}) or, starting with a digit, date-time
     * literals (which may hold {@code :} and {@code +}); strings are single-quoted with {@code ''} for a quote.
     */
    private static List<Token> tokenize(String text) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '(') {
                tokens.add(new Token(Kind.OPEN, "("));
                i++;
            } else if (c == ')') {
                tokens.add(new Token(Kind.CLOSE, ")"));
                i++;
            } else if (c == ':') {
                tokens.add(new Token(Kind.COLON, ":"));
                i++;
            } else if (c == '\'') {
                StringBuilder value = new StringBuilder();
                i++;
                while (true) {
                    if (i >= text.length()) {
                        throw invalid("has a string that is not closed with '");
                    }
                    if (text.charAt(i) == '\'') {
                        if (i + 1 < text.length() && text.charAt(i + 1) == '\'') {
                            value.append('\'');
                            i += 2;
                            continue;
                        }
                        i++;
                        break;
                    }
                    value.append(text.charAt(i++));
                }
                tokens.add(new Token(Kind.STRING, value.toString()));
            } else if (Character.isDigit(c)) {
                int start = i;
                while (i < text.length() && (Character.isLetterOrDigit(text.charAt(i)) || "-:.+".indexOf(text.charAt(i)) >= 0)) {
                    i++;
                }
                tokens.add(new Token(Kind.WORD, text.substring(start, i)));
            } else if (Character.isLetter(c) || c == '_') {
                int start = i;
                while (i < text.length() && (Character.isLetterOrDigit(text.charAt(i)) || "_/.".indexOf(text.charAt(i)) >= 0)) {
                    i++;
                }
                tokens.add(new Token(Kind.WORD, text.substring(start, i)));
            } else {
                throw invalid("'" + c + "' is not allowed here; " + SUPPORTED);
            }
        }
        return tokens;
    }
}
