package dev.switchboard.archfixture.domain.call;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Breaks "the core carries no framework": the wire format leaks into the domain through an annotation. */
public class CallShapedForJson {

    @JsonProperty("callbackUri")
    private final String callback;

    public CallShapedForJson(String callback) {
        this.callback = callback;
    }

    public String callback() {
        return callback;
    }
}
