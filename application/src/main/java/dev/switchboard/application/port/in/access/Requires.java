package dev.switchboard.application.port.in.access;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The permission an endpoint of a driving adapter needs, written on its handler method. Each adapter checks it when
 * it hands the handler its {@link Caller}, before the request is read any further, and refuses a handler that takes
 * a caller but names no permission: an endpoint cannot be left open by forgetting this line.
 *
 * <p>Plain Java, no framework: the table it points into ({@link Permission}) belongs to the use cases, not to HTTP.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Requires {

    Permission value();
}
