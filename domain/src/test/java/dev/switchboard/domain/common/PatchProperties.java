package dev.switchboard.domain.common;

import dev.switchboard.domain.error.Violations;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.Objects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A PATCH property is absent (keep what is stored), cleared (store null) or a value (store it). {@link ReadOnly}
 * builds the read-only rule on top: left out or resent unchanged is fine, anything else is refused.
 */
class PatchProperties {

    @Property
    void an_absent_property_keeps_what_is_stored(@ForAll("storedValues") String stored) {
        assertThat(Patch.<String>absent().applyTo(stored)).isEqualTo(stored);
    }

    @Property
    void a_cleared_property_stores_null(@ForAll("storedValues") String stored) {
        assertThat(Patch.<String>cleared().applyTo(stored)).isNull();
    }

    @Property
    void a_value_replaces_what_is_stored(@ForAll("storedValues") String stored, @ForAll String sent) {
        assertThat(Patch.of(sent).applyTo(stored)).isEqualTo(sent);
    }

    @Property
    void of_nullable_tells_null_from_a_value(@ForAll("storedValues") String sent) {
        Patch<String> patch = Patch.ofNullable(sent);

        assertThat(patch).isEqualTo(sent == null ? Patch.cleared() : Patch.of(sent));
        assertThat(patch.isAbsent()).isFalse();
    }

    @Property
    void map_converts_a_value_and_keeps_absent_and_cleared(@ForAll("patches") Patch<String> patch) {
        Patch<Integer> mapped = patch.map(String::length);

        assertThat(mapped.isAbsent()).isEqualTo(patch.isAbsent());
        assertThat(mapped.applyTo(-1)).isEqualTo(patch.isAbsent() ? Integer.valueOf(-1)
                : patch.applyTo(null) == null ? null : patch.applyTo(null).length());
    }

    @Example
    void a_value_is_never_null() {
        assertThatThrownBy(() -> Patch.of(null)).isInstanceOf(NullPointerException.class);
    }

    @Property
    void a_read_only_property_may_be_left_out_or_resent_but_not_changed(
            @ForAll("storedValues") String stored, @ForAll("patches") Patch<String> patch) {
        Violations violations = new Violations();

        ReadOnly.check(violations, "info.region", patch, stored);

        boolean changes = !patch.isAbsent() && !Objects.equals(patch.applyTo(stored), stored);
        if (changes) {
            assertThat(violations.errors()).singleElement().satisfies(error -> {
                assertThat(error.path()).isEqualTo("info.region");
                assertThat(error.message()).isEqualTo("is read-only and cannot be changed");
            });
        } else {
            assertThat(violations.isEmpty()).isTrue();
        }
    }

    @Provide
    Arbitrary<String> storedValues() {
        return Arbitraries.strings().alpha().ofMaxLength(3).injectNull(0.3);
    }

    @Provide
    Arbitrary<Patch<String>> patches() {
        return Arbitraries.oneOf(
                Arbitraries.just(Patch.absent()),
                Arbitraries.just(Patch.cleared()),
                storedValues().filter(Objects::nonNull).map(Patch::of));
    }
}
