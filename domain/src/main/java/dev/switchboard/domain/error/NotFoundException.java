package dev.switchboard.domain.error;

/** The resource is absent, belongs to another tenant, or is past its retention: the caller cannot tell which. */
public final class NotFoundException extends DomainException {

    private final String resource;
    private final String id;

    public NotFoundException(String resource, String id) {
        super(ErrorCode.NOT_FOUND, resource + " " + id + " was not found.");
        this.resource = resource;
        this.id = id;
    }

    /** The Graph type name of what was looked for, such as {@code call} or {@code participant}. */
    public String resource() {
        return resource;
    }

    public String id() {
        return id;
    }
}
