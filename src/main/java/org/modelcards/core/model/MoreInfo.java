package org.modelcards.core.model;

import java.util.List;

/** Everything after the main sections: getting started, examination, glossary, the card's own authors. */
public record MoreInfo(
        String gettingStarted,
        String examination,
        String glossary,
        String moreInformation,
        List<String> cardAuthors,
        String cardContact) {

    public static final MoreInfo EMPTY = new MoreInfo(null, null, null, null, null, null);

    public MoreInfo {
        gettingStarted = Values.text(gettingStarted);
        examination = Values.text(examination);
        glossary = Values.text(glossary);
        moreInformation = Values.text(moreInformation);
        cardAuthors = Values.list(cardAuthors);
        cardContact = Values.text(cardContact);
    }

    public MoreInfo withGettingStarted(String v) { return new MoreInfo(v, examination, glossary, moreInformation, cardAuthors, cardContact); }
    public MoreInfo withExamination(String v) { return new MoreInfo(gettingStarted, v, glossary, moreInformation, cardAuthors, cardContact); }
    public MoreInfo withGlossary(String v) { return new MoreInfo(gettingStarted, examination, v, moreInformation, cardAuthors, cardContact); }
    public MoreInfo withMoreInformation(String v) { return new MoreInfo(gettingStarted, examination, glossary, v, cardAuthors, cardContact); }
    public MoreInfo withCardAuthors(List<String> v) { return new MoreInfo(gettingStarted, examination, glossary, moreInformation, v, cardContact); }
    public MoreInfo withCardContact(String v) { return new MoreInfo(gettingStarted, examination, glossary, moreInformation, cardAuthors, v); }
}
