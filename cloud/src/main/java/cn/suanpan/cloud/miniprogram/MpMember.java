package cn.suanpan.cloud.miniprogram;

import java.util.UUID;

/** A member as the mini-program shows them: the phone number masked, balance and points. */
public record MpMember(UUID id, String phone, String name, String level, long points, long balanceFen, String memberCode) {

    /** 138****8000: the whole number never leaves the cloud again. */
    static String mask(String phone) {
        return phone.length() < 7 ? "****" : phone.substring(0, 3) + "****" + phone.substring(phone.length() - 4);
    }
}
