package dev.switchboard.domain.common;

import dev.switchboard.domain.call.CallDirection;
import dev.switchboard.domain.call.CallState;
import dev.switchboard.domain.call.MediaState;
import dev.switchboard.domain.callrecord.CallRecordModality;
import dev.switchboard.domain.callrecord.CallType;
import dev.switchboard.domain.callrecord.ClientPlatform;
import dev.switchboard.domain.callrecord.FailureStage;
import dev.switchboard.domain.callrecord.MediaStreamDirection;
import dev.switchboard.domain.callrecord.ProductFamily;
import dev.switchboard.domain.callrecord.ServiceRole;
import dev.switchboard.domain.callrecord.UserFeedbackRating;
import dev.switchboard.domain.error.InvalidInputException;
import dev.switchboard.domain.identity.EndpointType;
import dev.switchboard.domain.operation.OperationStatus;
import dev.switchboard.domain.participant.MediaDirection;
import dev.switchboard.domain.participant.Modality;
import dev.switchboard.domain.participant.RecordingStatus;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Graph enums are emitted in their CSDL spelling and read in any casing; anything else (the seeds' literal
 * {@code "String"} above all) is refused with the value and every allowed member (API notes §3.1, §5).
 */
class GraphEnumProperties {

    /** Every Graph enum of the domain, named one by one so that a new one is a deliberate addition here. */
    static final List<Class<? extends Enum<?>>> GRAPH_ENUMS = List.of(
            EndpointType.class, CallDirection.class, CallState.class, MediaState.class, Modality.class,
            MediaDirection.class, RecordingStatus.class, OperationStatus.class, CallType.class,
            CallRecordModality.class, FailureStage.class, ClientPlatform.class, ProductFamily.class,
            UserFeedbackRating.class, MediaStreamDirection.class, ServiceRole.class);

    @Property
    void a_member_is_read_in_any_casing(@ForAll("membersInAnyCasing") Tuple.Tuple2<GraphEnum, String> given) {
        GraphEnum member = given.get1();

        assertThat(parse(typeOf(member), given.get2())).isSameAs(member);
    }

    @Property
    void the_graph_name_reads_back_as_the_same_member(@ForAll("members") GraphEnum member) {
        GraphEnum parsed = parse(typeOf(member), member.graphName());

        assertThat(parsed).isSameAs(member);
        assertThat(parsed.graphName()).isEqualTo(member.graphName());
    }

    @Property
    void a_value_that_is_no_member_is_refused_with_the_allowed_members(
            @ForAll("nonMembers") Tuple.Tuple2<Class<? extends Enum<?>>, String> given) {
        Class<? extends Enum<?>> type = given.get1();
        String raw = given.get2();

        InvalidInputException refused = catchThrowableOfType(() -> parse(type, raw), InvalidInputException.class);

        assertThat(refused).as("'%s' as %s", raw, type.getSimpleName()).isNotNull();
        assertThat(refused.errors()).singleElement().satisfies(error -> assertThat(error.path()).isEmpty());
        assertThat(refused.getMessage()).isEqualTo("'" + raw + "' is not one of " + String.join(", ", graphNames(type)));
    }

    @Example
    void the_seeds_literal_String_is_no_member_of_any_enum() {
        for (Class<? extends Enum<?>> type : GRAPH_ENUMS) {
            InvalidInputException refused = catchThrowableOfType(() -> parse(type, "String"), InvalidInputException.class);

            assertThat(refused).as(type.getSimpleName()).isNotNull();
            assertThat(refused.getMessage()).startsWith("'String' is not one of ");
            assertThat(refused.getMessage()).contains(graphNames(type));
        }
    }

    @Example
    void a_missing_value_is_no_member_either() {
        InvalidInputException refused = catchThrowableOfType(() -> parse(OperationStatus.class, null),
                InvalidInputException.class);

        assertThat(refused.getMessage()).isEqualTo("'null' is not one of NotStarted, Running, Completed, Failed");
    }

    @Example
    void only_ascii_letters_are_folded_so_unicode_look_alikes_are_no_members() {
        // U+212A KELVIN SIGN lower-cases to 'k' in Unicode; it must not pass for "unknown".
        assertThatThrownBy(() -> parse(CallRecordModality.class, "un\u212Anown"))
                .isInstanceOf(InvalidInputException.class);
    }

    @Property
    void the_seeds_unknown_call_record_modality_reads_as_unknown_future_value(@ForAll("unknownInAnyCasing") String raw) {
        assertThat(GraphEnums.parse(CallRecordModality.class, raw)).isSameAs(CallRecordModality.UNKNOWN_FUTURE_VALUE);
    }

    @Example
    void an_input_alias_is_accepted_but_never_listed_as_allowed() {
        assertThat(GraphEnums.allowed(CallRecordModality.class))
                .isEqualTo("audio, video, videoBasedScreenSharing, data, screenSharing, unknownFutureValue");
    }

    @Example
    void no_two_spellings_of_one_enum_differ_only_in_case() {
        for (Class<? extends Enum<?>> type : GRAPH_ENUMS) {
            List<String> spellings = Arrays.stream(type.getEnumConstants()).map(GraphEnum.class::cast)
                    .flatMap(member -> Stream.concat(Stream.of(member.graphName()), member.inputAliases().stream()))
                    .map(spelling -> spelling.toLowerCase(Locale.ROOT))
                    .toList();

            assertThat(spellings).as(type.getSimpleName()).doesNotHaveDuplicates();
        }
    }

    @Example
    void the_list_names_every_graph_enum_of_the_domain() throws IOException, URISyntaxException {
        Path classes = Path.of(GraphEnum.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Set<String> found;
        try (Stream<Path> files = Files.walk(classes)) {
            found = files.map(classes::relativize).map(Path::toString)
                    .filter(name -> name.endsWith(".class") && !name.contains("$"))
                    .map(name -> name.substring(0, name.length() - ".class".length()).replace(java.io.File.separatorChar, '.'))
                    .map(GraphEnumProperties::load)
                    .filter(type -> type.isEnum() && GraphEnum.class.isAssignableFrom(type))
                    .map(Class::getName)
                    .collect(Collectors.toSet());
        }

        assertThat(GRAPH_ENUMS.stream().map(Class::getName)).containsExactlyInAnyOrderElementsOf(found);
    }

    // ---- generators

    @Provide
    Arbitrary<GraphEnum> members() {
        return Arbitraries.of(GRAPH_ENUMS.stream()
                .flatMap(type -> Arrays.stream(type.getEnumConstants()))
                .map(GraphEnum.class::cast)
                .toList());
    }

    @Provide
    Arbitrary<Tuple.Tuple2<GraphEnum, String>> membersInAnyCasing() {
        return members().flatMap(member -> anyCasingOf(member.graphName()).map(raw -> Tuple.of(member, raw)));
    }

    @Provide
    Arbitrary<String> unknownInAnyCasing() {
        return anyCasingOf("unknown");
    }

    /**
     * For each enum, strings that are no spelling of its members: arbitrary text, the seeds' {@code "String"}, Java
     * constant names, and near misses of the members (a letter more, less or replaced, padding).
     */
    @Provide
    Arbitrary<Tuple.Tuple2<Class<? extends Enum<?>>, String>> nonMembers() {
        return Arbitraries.of(GRAPH_ENUMS).flatMap(type -> {
            List<String> names = graphNames(type);
            Arbitrary<String> name = Arbitraries.of(names);
            Arbitrary<Character> letter = Arbitraries.chars().range(' ', '~');
            Arbitrary<String> nearMisses = Arbitraries.oneOf(
                    Combinators.combine(name, letter, Arbitraries.integers().between(0, 100))
                            .as((n, c, at) -> new StringBuilder(n).insert(at % (n.length() + 1), c).toString()),
                    Combinators.combine(name, Arbitraries.integers().between(0, 100))
                            .as((n, at) -> new StringBuilder(n).deleteCharAt(at % n.length()).toString()),
                    Combinators.combine(name, letter, Arbitraries.integers().between(0, 100))
                            .as((n, c, at) -> {
                                StringBuilder replaced = new StringBuilder(n);
                                replaced.setCharAt(at % n.length(), c);
                                return replaced.toString();
                            }),
                    name.map(n -> " " + n),
                    name.map(n -> n + " "));
            Arbitrary<String> javaNames = Arbitraries.of(Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
            Arbitrary<String> candidates = Arbitraries.oneOf(
                    Arbitraries.strings().ofMaxLength(30), Arbitraries.just("String"), Arbitraries.just(""),
                    javaNames, nearMisses);
            return candidates.filter(raw -> !isSpellingOf(type, raw)).map(raw -> Tuple.of(type, raw));
        });
    }

    /** Every member's name, each letter in upper or lower case at random. */
    private static Arbitrary<String> anyCasingOf(String name) {
        return Arbitraries.of(true, false).list().ofSize(name.length()).map(upper -> {
            StringBuilder cased = new StringBuilder(name.length());
            for (int i = 0; i < name.length(); i++) {
                char c = name.charAt(i);
                cased.append(upper.get(i) ? Character.toUpperCase(c) : Character.toLowerCase(c));
            }
            return cased.toString();
        });
    }

    // ---- helpers

    /** Whether {@code raw} names a member or alias of {@code type}, ignoring case by either of Java's two rules. */
    private static boolean isSpellingOf(Class<? extends Enum<?>> type, String raw) {
        return Arrays.stream(type.getEnumConstants()).map(GraphEnum.class::cast)
                .flatMap(member -> Stream.concat(Stream.of(member.graphName()), member.inputAliases().stream()))
                .anyMatch(spelling -> spelling.equalsIgnoreCase(raw)
                        || spelling.toLowerCase(Locale.ROOT).equals(raw.toLowerCase(Locale.ROOT)));
    }

    private static List<String> graphNames(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(member -> ((GraphEnum) member).graphName()).toList();
    }

    @SuppressWarnings("unchecked")
    private static Class<? extends Enum<?>> typeOf(GraphEnum member) {
        return (Class<? extends Enum<?>>) ((Enum<?>) member).getDeclaringClass();
    }

    /** {@link GraphEnums#parse} for an enum type known only at run time. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static GraphEnum parse(Class<? extends Enum<?>> type, String raw) {
        return (GraphEnum) GraphEnums.parse((Class) type, raw);
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, GraphEnum.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
