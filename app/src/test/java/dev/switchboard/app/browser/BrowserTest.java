package dev.switchboard.app.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.switchboard.app.rest.RestClientSupport;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The playgrounds work in a real browser, offline: headless Chromium (Debian's {@code chromium} and
 * {@code chromium-driver}) loads GraphiQL, runs a query with a token from its Headers tab and shows the answer, and
 * loads Swagger UI with every endpoint. Screenshots go to {@code target/browser/}. {@link Chromium} starts the browser
 * (skipped without one, except on CI).
 */
class BrowserTest extends RestClientSupport {

    private static final Path SCREENSHOTS = Path.of("target", "browser");
    private static final Duration PATIENCE = Chromium.PATIENCE;

    private static ChromeDriver browser;

    @BeforeAll
    static void startChromium() throws IOException {
        browser = Chromium.start(1400, 1000);
    }

    @AfterAll
    static void stopChromium() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void graphiql_runs_a_query_with_the_token_from_its_headers_tab_and_shows_the_answer() {
        String callId = createCall();
        openGraphiQl();

        type(queryEditor(), "{ call(id: \"" + callId + "\") { id state } }");
        type(headersEditor(), "{\"Authorization\": \"Bearer " + defaultToken() + "\"}");
        run();

        String answer = awaitAnswer(text -> text.contains(callId));
        assertThat(answer).contains("\"state\": \"establishing\"").doesNotContain("errors");
        screenshot("graphiql.png");
    }

    @Test
    void graphiql_without_a_token_shows_the_refusal() {
        openGraphiQl();

        type(queryEditor(), "{ calls(first: 1) { edges { node { id } } } }");
        type(headersEditor(), "{}");
        run();

        assertThat(awaitAnswer(text -> text.contains("InvalidAuthenticationToken"))).doesNotContain("\"edges\"");
        screenshot("graphiql-without-token.png");
    }

    @Test
    void graphiqls_scripts_come_from_this_application_not_from_a_cdn() {
        openGraphiQl();

        @SuppressWarnings("unchecked")
        List<String> scripts = (List<String>) ((JavascriptExecutor) browser).executeScript(
                "return Array.from(document.querySelectorAll('script[src], link[rel=stylesheet]'))"
                        + ".map(e => e.src || e.href)");
        assertThat(scripts).isNotEmpty().allSatisfy(source -> assertThat(source).startsWith(base() + "/webjars/"));
    }

    @Test
    void swagger_ui_lists_every_endpoint() {
        browser.get(base() + "/swagger-ui.html");

        List<WebElement> operations = await().atMost(PATIENCE).until(
                () -> browser.findElements(By.cssSelector(".opblock-summary-path")), found -> found.size() >= 20);
        assertThat(operations).extracting(WebElement::getText)
                .contains("/{version}/communications/calls", "/{version}/communications/callRecords/{callRecordId}",
                        "/{version}/communications/calls/{callId}/participants/invite");
        assertThat(browser.getPageSource()).contains("Switchboard");
        screenshot("swagger-ui.png");
    }

    // ---- GraphiQL's page, driven as a person would: editors, the run button, the answer pane ------------------------

    private void openGraphiQl() {
        browser.get(base() + "/graphiql");
        await().atMost(PATIENCE).until(() -> !browser.findElements(By.cssSelector(".graphiql-query-editor .CodeMirror"))
                .isEmpty());
        assertThat(browser.getCurrentUrl()).contains("/graphiql?path=/graphql");
    }

    private WebElement queryEditor() {
        return browser.findElement(By.cssSelector(".graphiql-query-editor .CodeMirror"));
    }

    /** The Headers tab's editor, after opening the tab. */
    private WebElement headersEditor() {
        browser.findElements(By.cssSelector(".graphiql-editor-tools button")).stream()
                .filter(button -> button.getText().trim().equals("Headers")).findFirst().orElseThrow().click();
        return await().atMost(PATIENCE).until(() -> browser.findElements(
                        By.cssSelector(".graphiql-editor-tool .graphiql-editor:not(.hidden) .CodeMirror")).stream()
                .reduce((first, second) -> second), Optional::isPresent).orElseThrow();
    }

    /** Replaces an editor's text through CodeMirror, which tells GraphiQL of the change as typing would. */
    private void type(WebElement editor, String text) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].CodeMirror.setValue(arguments[1])", editor, text);
    }

    private void run() {
        browser.findElement(By.cssSelector("button.graphiql-execute-button")).click();
    }

    private String awaitAnswer(java.util.function.Predicate<String> complete) {
        return await().atMost(PATIENCE).until(() -> (String) ((JavascriptExecutor) browser).executeScript(
                "const answer = document.querySelector('.graphiql-response .CodeMirror');"
                        + "return answer ? answer.CodeMirror.getValue() : '';"), complete::test);
    }

    private static void screenshot(String name) {
        Chromium.screenshot(browser, SCREENSHOTS, name);
    }
}
