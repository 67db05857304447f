package org.footnote.bank;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One spelling of a name; spellings with the same group key are the same name. */
@Entity
@Table(name = "name_variant")
public class NameVariant {

    @Id
    private String name;
    @Column(name = "group_key")
    private String groupKey;

    protected NameVariant() {
    }

    NameVariant(String name, String groupKey) {
        this.name = name;
        this.groupKey = groupKey;
    }

    public String getName() {
        return name;
    }

    public String getGroupKey() {
        return groupKey;
    }
}
