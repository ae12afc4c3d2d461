package org.modelcards.core.render;

/**
 * How {@link MarkdownRenderer} renders: whether remote images may load and how far headings are
 * pushed down so that a card's own {@code #} headings sit below the page's headings.
 *
 * <pre>{@code
 * RenderOptions options = RenderOptions.DEFAULT.allowRemoteImages(true).shiftHeadings(2);
 * }</pre>
 */
public final class RenderOptions {
    /** Remote images off, headings as written. */
    public static final RenderOptions DEFAULT = new RenderOptions(false, 0, false);

    private final boolean remoteImages;
    private final int headingShift;
    private final boolean hubHtml;

    private RenderOptions(boolean remoteImages, int headingShift, boolean hubHtml) {
        this.remoteImages = remoteImages;
        this.headingShift = headingShift;
        this.hubHtml = hubHtml;
    }

    /**
     * A copy that renders the raw HTML the Hub renders (tables, {@code br}, {@code sup}/{@code sub},
     * {@code details}/{@code summary}, images) through an allow-list sanitiser instead of escaping
     * it: no scripts, styles, event handlers or forms, and remote images only when allowed.
     */
    public RenderOptions hubHtml(boolean allow) {
        return new RenderOptions(remoteImages, headingShift, allow);
    }

    public boolean hubHtmlAllowed() {
        return hubHtml;
    }

    /**
     * A copy that loads {@code http(s)} images when {@code allow} is true. Off by default: an image
     * fetched from a server tells that server who is reading the card, and when.
     */
    public RenderOptions allowRemoteImages(boolean allow) {
        return new RenderOptions(allow, headingShift, hubHtml);
    }

    /** A copy that renders a level-n Markdown heading as {@code h(n + levels)}, at most {@code h6}. */
    public RenderOptions shiftHeadings(int levels) {
        return new RenderOptions(remoteImages, Math.max(0, Math.min(5, levels)), hubHtml);
    }

    public boolean remoteImagesAllowed() {
        return remoteImages;
    }

    public int headingShift() {
        return headingShift;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RenderOptions other && other.remoteImages == remoteImages && other.headingShift == headingShift;
    }

    @Override
    public int hashCode() {
        return Boolean.hashCode(remoteImages) * 31 + headingShift;
    }

    @Override
    public String toString() {
        return "RenderOptions[remoteImages=" + remoteImages + ", headingShift=" + headingShift + "]";
    }
}
