package dev.switchboard.adapter.graphql.support;

import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * Parses and validates each distinct GraphQL document once. Clients send the same few documents again and again with
 * new variables, and parsing plus validating one costs more than running a simple query against the database.
 *
 * <p>Bounded twice, so that a client sending one-off documents cannot fill the memory: at most {@code maxEntries}
 * documents, the least recently used leaving first, and only documents of up to {@code maxDocumentLength} characters
 * (longer ones are parsed on every request, as without the cache). Invalid documents are kept too: their errors do
 * not change until the schema does, and the schema is fixed for the life of the process.
 */
public final class ParsedDocumentCache implements PreparsedDocumentProvider {

    private final int maxDocumentLength;
    private final Map<String, PreparsedDocumentEntry> entries;

    public ParsedDocumentCache(int maxEntries, int maxDocumentLength) {
        if (maxEntries < 1 || maxDocumentLength < 1) {
            throw new IllegalArgumentException("the cache needs room for at least one document of one character");
        }
        this.maxDocumentLength = maxDocumentLength;
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, PreparsedDocumentEntry> eldest) {
                return size() > maxEntries;
            }
        };
    }

    @Override
    public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(
            ExecutionInput input, Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
        String document = input.getQuery();
        if (document.length() > maxDocumentLength) {
            return CompletableFuture.completedFuture(parseAndValidate.apply(input));
        }
        PreparsedDocumentEntry known = cached(document);
        if (known != null) {
            return CompletableFuture.completedFuture(known);
        }
        // parsed outside the lock: two requests racing on a new document may both parse it, which is harmless
        PreparsedDocumentEntry parsed = parseAndValidate.apply(input);
        synchronized (entries) {
            entries.putIfAbsent(document, parsed);
        }
        return CompletableFuture.completedFuture(parsed);
    }

    /** How many documents are kept now. */
    public int size() {
        synchronized (entries) {
            return entries.size();
        }
    }

    private PreparsedDocumentEntry cached(String document) {
        synchronized (entries) {
            return entries.get(document);
        }
    }
}
