package cn.suanpan.core.users;

import java.util.UUID;

public record User(UUID id, String username, String displayName, Role role) {
}
