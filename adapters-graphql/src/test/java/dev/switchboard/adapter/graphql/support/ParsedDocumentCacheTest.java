package dev.switchboard.adapter.graphql.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.language.Document;
import graphql.parser.Parser;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

class ParsedDocumentCacheTest {

    private final List<String> parsed = new ArrayList<>();
    private final Function<ExecutionInput, PreparsedDocumentEntry> parser = input -> {
        parsed.add(input.getQuery());
        Document document = Parser.parse(input.getQuery());
        return new PreparsedDocumentEntry(document);
    };

    @Test
    void a_document_sent_again_with_other_variables_is_parsed_once_and_answered_with_the_same_parse() {
        ParsedDocumentCache cache = new ParsedDocumentCache(10, 1_000);

        PreparsedDocumentEntry first = entry(cache, "query ($id: ID!) { call(id: $id) { id } }", "a");
        PreparsedDocumentEntry second = entry(cache, "query ($id: ID!) { call(id: $id) { id } }", "b");

        assertThat(parsed).hasSize(1);
        assertThat(second).isSameAs(first);
    }

    @Test
    void the_least_recently_used_document_leaves_when_the_cache_is_full() {
        ParsedDocumentCache cache = new ParsedDocumentCache(2, 1_000);
        entry(cache, "{ a }", null);
        entry(cache, "{ b }", null);
        entry(cache, "{ a }", null); // used again: b is now the eldest

        entry(cache, "{ c }", null);
        entry(cache, "{ a }", null);
        entry(cache, "{ b }", null);

        assertThat(cache.size()).isEqualTo(2);
        assertThat(parsed).containsExactly("{ a }", "{ b }", "{ c }", "{ b }");
    }

    @Test
    void a_document_longer_than_the_bound_is_parsed_every_time_and_never_kept() {
        ParsedDocumentCache cache = new ParsedDocumentCache(10, 10);
        String longDocument = "{ call(id: \"" + "x".repeat(50) + "\") { id } }";

        entry(cache, longDocument, null);
        entry(cache, longDocument, null);

        assertThat(parsed).hasSize(2);
        assertThat(cache.size()).isZero();
    }

    @Test
    void a_cache_without_room_is_refused() {
        assertThatThrownBy(() -> new ParsedDocumentCache(0, 10)).isInstanceOf(IllegalArgumentException.class);
    }

    private PreparsedDocumentEntry entry(ParsedDocumentCache cache, String document, String id) {
        ExecutionInput.Builder input = ExecutionInput.newExecutionInput(document);
        if (id != null) {
            input.variables(java.util.Map.of("id", id));
        }
        return cache.getDocumentAsync(input.build(), parser).join();
    }
}
