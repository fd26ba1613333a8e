package cn.suanpan.cloud.sync;

import cn.suanpan.cloud.testing.TestCloud;

/** The push and pull scenarios against the embedded default: H2 in a file. */
class H2PushPullTest extends PushPullScenarios {

    @Override
    protected TestCloud startCloud(java.nio.file.Path dir) {
        return TestCloud.embedded(dir, false);
    }
}
