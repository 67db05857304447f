package org.footnote.bank;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One form of a name: a spelling (Rakhmonov for Rahmon, from names.yaml) or an abbreviation or other
 * name (CSTO, from abbreviations.yaml). Forms with the same group key name the same thing; the
 * group key is the form shown first in its file.
 */
@Entity
@Table(name = "name_variant")
public class NameVariant {

    @Id
    private String name;
    private String groupKey;
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private Equivalence kind;

    /** Which file a form comes from: names.yaml or abbreviations.yaml. */
    public enum Equivalence { SPELLING, ABBREVIATION }

    protected NameVariant() {
    }

    NameVariant(String name, String groupKey, Equivalence kind) {
        this.name = name;
        this.groupKey = groupKey;
        this.kind = kind;
    }

    public Equivalence getKind() {
        return kind;
    }

    public String getName() {
        return name;
    }

    public String getGroupKey() {
        return groupKey;
    }
}
