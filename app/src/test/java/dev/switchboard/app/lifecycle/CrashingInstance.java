package dev.switchboard.app.lifecycle;

import dev.switchboard.app.SwitchboardApplication;
import dev.switchboard.application.port.in.call.CreateCallCommand;
import dev.switchboard.application.port.in.call.CreateCallUseCase;
import dev.switchboard.application.testing.fixtures.Calls;
import dev.switchboard.domain.call.Call;
import dev.switchboard.domain.call.NewCall;
import dev.switchboard.domain.common.TenantId;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The process {@link CrashSafetyTest} kills: it starts Switchboard with the given arguments and neither a dispatcher
 * nor a lifecycle scheduler, places a call whose callback is the first argument, prints {@code COMMITTED <id>} once
 * the transaction has committed, and waits to be killed.
 */
public final class CrashingInstance {

    private CrashingInstance() {
    }

    public static void main(String[] args) throws InterruptedException {
        String callbackUri = args[0];
        List<String> arguments = new ArrayList<>(Arrays.asList(args).subList(1, args.length));
        arguments.add("--switchboard.notifications.enabled=false");
        arguments.add("--switchboard.lifecycle.scheduler.enabled=false");
        ConfigurableApplicationContext context = new SpringApplicationBuilder(SwitchboardApplication.class)
                .run(arguments.toArray(String[]::new));
        NewCall spec = Calls.aPeerToPeerSpec();
        Call call = context.getBean(CreateCallUseCase.class).create(new CreateCallCommand(TenantId.of("contoso"),
                "bot-app", new NewCall(callbackUri, spec.subject(), spec.source(), spec.targets(),
                        spec.requestedModalities(), spec.mediaConfig(), spec.chatInfo(), spec.meetingInfo(),
                        spec.dynamic())));
        System.out.println("COMMITTED " + call.id().value());
        System.out.flush();
        Thread.currentThread().join(); // waits to be killed with -9
    }
}
