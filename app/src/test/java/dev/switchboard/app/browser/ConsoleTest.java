package dev.switchboard.app.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.switchboard.app.TestTokens;
import dev.switchboard.app.lifecycle.CallbackReceiver;
import dev.switchboard.app.rest.RestClientSupport;
import dev.switchboard.application.port.in.access.Role;

import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.http.HttpMethod;

/**
 * The web console at {@code /console}, in headless Chromium at a laptop's 1366×768, against the running application: it
 * gets a token with one click, and shows what REST requests do while it watches, without a reload: the call placed,
 * the invitee joining, the invitation reaching {@code Completed}, the callbacks delivered to a real receiver (one
 * after a retry), and the call record written at hang-up. Without a token it gets no data. Screenshots go to
 * {@code target/console/}.
 */
class ConsoleTest extends RestClientSupport {

    private static final Path SCREENSHOTS = Path.of("target", "console");

    private static ChromeDriver browser;

    @BeforeAll
    static void startChromium() throws IOException {
        browser = Chromium.start(1366, 768);
    }

    @AfterAll
    static void stopChromium() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void the_console_shows_a_call_its_roster_its_operation_its_callbacks_and_its_record_as_they_happen()
            throws IOException {
        String tenant = UUID.randomUUID().toString();
        String token = tokens().of(tenant, TestTokens.APPLICATION, EnumSet.allOf(Role.class));
        try (CallbackReceiver receiver = new CallbackReceiver(1)) {
            openConsole();
            type(By.id("tenant"), tenant);
            browser.findElement(By.id("get-token")).click();
            awaitShown("#connection.live");
            assertThat(text("#token-status")).contains("tenant " + tenant);

            // placed through REST while the console watches: it appears in the list, establishing
            Response created = sendAs(token, HttpMethod.POST, CALLS, body("peer-to-peer-call.json")
                    .replace("https://bot.example.test/callback", receiver.url())).expect(201);
            String callId = created.text("/id");
            WebElement call = awaitShown("li[data-call-id='" + callId + "'] button");
            assertThat(call.getText()).contains("establishing");

            call.click();
            awaitShown("#call-detail[data-watching='" + callId + "']");
            assertThat(call.getAttribute("aria-pressed")).isEqualTo("true");

            // invited and completed through REST: the operation moves on and the invitee joins, live
            String operationId = sendAs(token, HttpMethod.POST, participants(callId) + "/invite", inviteBody(aUserId()))
                    .expect(200).text("/id");
            sendAs(token, HttpMethod.PATCH, operation(callId, operationId), "{\"status\": \"Completed\"}").expect(200);
            WebElement completed = awaitShown("#operations tr[data-operation-id='" + operationId
                    + "'][data-status='Completed']");
            assertThat(completed.getText()).contains("InviteParticipants", "Completed");
            awaitText("#roster tbody", "Bob Invited");

            // the callbacks reached the receiver: the first was refused once (500) and delivered on its retry
            await().atMost(Chromium.PATIENCE).ignoreExceptions().until(() -> browser.findElements(
                            By.cssSelector("#callbacks tr[data-outcome='delivered']")).stream()
                    .anyMatch(row -> cells(row).get(2).equals("202") && cells(row).get(3).equals("1")));
            assertThat(receiver.received()).extracting(CallbackReceiver.Received::answered).contains(500, 202);
            Chromium.screenshot(browser, SCREENSHOTS, "console-call.png");

            // hung up through REST: the call turns terminated and its record appears with a session per party
            sendAs(token, HttpMethod.DELETE, call(callId), null).expect(204);
            awaitText("li[data-call-id='" + callId + "'] .state", "terminated");
            WebElement record = awaitShown("[data-call-record-id='" + created.text("/callChainId") + "']");
            assertThat(record.findElements(By.cssSelector(".timeline .who"))).hasSizeGreaterThanOrEqualTo(2);
            assertThat(record.findElements(By.cssSelector(".timeline .session"))).hasSizeGreaterThanOrEqualTo(2);
            assertThat(text("#announcer")).isNotBlank();
            ((JavascriptExecutor) browser).executeScript("window.scrollTo(0, 0)");
            Chromium.screenshot(browser, SCREENSHOTS, "console.png");
        }
    }

    @Test
    void without_a_token_the_console_page_gets_no_data_from_graphql() {
        createCall();
        openConsole();

        Object withoutHeader = ((JavascriptExecutor) browser).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch('/graphql', {method: 'POST', headers: {'Content-Type': 'application/json'},
                        body: JSON.stringify({query: '{ calls(first: 5) { edges { node { id } } } }'})})
                    .then(response => response.text().then(body => done(response.status + ' ' + body)));""");
        Object throughTheConsolesClient = ((JavascriptExecutor) browser).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                import('/console/js/graphql-client.js')
                    .then(m => new m.GraphQlClient('').query('{ calls(first: 5) { edges { node { id } } } }'))
                    .then(data => done('data: ' + JSON.stringify(data)), error => done('refused: ' + error.code));""");

        assertThat(String.valueOf(withoutHeader)).startsWith("401 ").contains("InvalidAuthenticationToken")
                .doesNotContain("edges");
        assertThat(throughTheConsolesClient).isEqualTo("refused: InvalidAuthenticationToken");
        assertThat(browser.findElements(By.cssSelector("#call-list li"))).isEmpty();
        assertThat(text("#connection")).contains("Not connected");
        Chromium.screenshot(browser, SCREENSHOTS, "console-without-token.png");
    }

    private void openConsole() {
        browser.get(base() + "/console");
        awaitShown("#issue-token:not([hidden])");
    }

    private WebElement awaitShown(String css) {
        return await().atMost(Chromium.PATIENCE).ignoreExceptions().until(() -> browser.findElements(By.cssSelector(css)).stream()
                .filter(WebElement::isDisplayed).findFirst().orElse(null), found -> found != null);
    }

    private void awaitText(String css, String expected) {
        await().atMost(Chromium.PATIENCE).ignoreExceptions().until(() -> browser.findElements(By.cssSelector(css)).stream()
                .anyMatch(element -> element.getText().contains(expected)));
    }

    private String text(String css) {
        return browser.findElement(By.cssSelector(css)).getAttribute("textContent");
    }

    private static List<String> cells(WebElement row) {
        return row.findElements(By.cssSelector("th, td")).stream().map(cell -> cell.getText().trim()).toList();
    }

    private void type(By field, String text) {
        WebElement input = browser.findElement(field);
        input.clear();
        input.sendKeys(text);
    }
}
