package dev.switchboard.domain.call;

import dev.switchboard.domain.error.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static dev.switchboard.domain.testing.NewCallBuilder.aNewCall;
import static dev.switchboard.domain.testing.TestData.pathsOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** What {@code POST /communications/calls} must carry: a callbackUri, a mediaConfig, and someone or a meeting to call. */
class NewCallTest {

    @Test
    void a_request_without_callback_uri_media_config_and_targets_is_refused_naming_all_three_at_once() {
        // given a request that lacks all three
        var request = aNewCall().withoutCallbackUri().withoutMediaConfig().withoutTargets();

        // when it is built
        InvalidInputException refused = catchThrowableOfType(request::build, InvalidInputException.class);

        // then one error names every path, so the client fixes them in one go
        assertThat(pathsOf(refused)).containsExactly("callbackUri", "mediaConfig", "targets");
        assertThat(refused.getMessage()).isEqualTo("callbackUri: is required; mediaConfig: is required; "
                + "targets: is required unless chatInfo and meetingInfo name a meeting to join");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://bot.example.com/callback", "not a url", "/relative/callback", "https:///no-host",
            "mailto:bot@example.com", "bot.example.com/callback"})
    void a_callback_uri_that_is_not_an_absolute_http_url_is_refused(String callbackUri) {
        InvalidInputException refused = catchThrowableOfType(
                () -> aNewCall().withCallbackUri(callbackUri).build(), InvalidInputException.class);

        assertThat(refused.getMessage()).isEqualTo("callbackUri: must be an absolute http or https URL");
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://bot.example.com/callback", "http://localhost:8080/callback", "HTTPS://BOT.EXAMPLE.COM/cb"})
    void http_and_https_callback_uris_are_accepted(String callbackUri) {
        assertThat(aNewCall().withCallbackUri(callbackUri).build().callbackUri()).isEqualTo(callbackUri);
    }

    @Test
    void joining_a_meeting_needs_no_targets() {
        assertThatCode(() -> aNewCall().joiningAMeeting().build()).doesNotThrowAnyException();
    }

    @Test
    void chat_info_without_meeting_info_names_no_meeting_to_join() {
        var request = aNewCall().withoutTargets().joiningAMeeting().withMeetingInfo(null);

        InvalidInputException refused = catchThrowableOfType(request::build, InvalidInputException.class);

        assertThat(pathsOf(refused)).containsExactly("targets");
    }

    @Test
    void a_subject_longer_than_1024_characters_is_refused() {
        InvalidInputException refused = catchThrowableOfType(
                () -> aNewCall().withSubject("s".repeat(1_025)).build(), InvalidInputException.class);

        assertThat(refused.getMessage()).isEqualTo("subject: must be at most 1024 characters");
    }

    @Test
    void missing_lists_read_as_empty() {
        NewCall call = new NewCall("https://bot.example.com/cb", null, null, null, null,
                new MediaConfig.AppHosted("blob"), new ChatInfo("thread", null, null),
                new MeetingInfo.Token("token"), null);

        assertThat(call.targets()).isEmpty();
        assertThat(call.requestedModalities()).isEmpty();
        assertThat(call.dynamic().isEmpty()).isTrue();
    }
}
