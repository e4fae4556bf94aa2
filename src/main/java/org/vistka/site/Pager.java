package org.vistka.site;

/** Links to the neighbouring pages of a paginated list ({@code ?page=N}); page 1 has no parameter. */
public record Pager(int page, boolean hasNext, String path) {
    public boolean hasPrevious() {
        return page > 1;
    }

    public String previousUrl() {
        return link(page - 1);
    }

    public String nextUrl() {
        return link(page + 1);
    }

    /** The address of this very page, as its canonical link gives it. */
    public String selfPath() {
        return link(page);
    }

    private String link(int number) {
        return number == 1 ? path : path + (path.contains("?") ? "&" : "?") + "page=" + number;
    }
}
