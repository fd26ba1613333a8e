package cn.suanpan.core.catalog;

import java.util.UUID;

public record Category(UUID id, String code, String name, String nameEn, int sortOrder) {

    public String displayName(java.util.Locale locale) {
        return "zh".equals(locale.getLanguage()) || nameEn == null || nameEn.isBlank() ? name : nameEn;
    }
}
