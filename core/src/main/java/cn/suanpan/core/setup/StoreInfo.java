package cn.suanpan.core.setup;

import java.time.ZoneId;
import java.util.UUID;

/** This terminal and the store it belongs to. */
public record StoreInfo(UUID storeId, String storeCode, String storeName, String storeNameEn, String address,
                        String phone, ZoneId zone, UUID terminalId, String terminalCode) {
}
