package cn.suanpan.cloud.miniprogram;

import cn.suanpan.cloud.testing.TestCloud;
import java.nio.file.Path;

/** The mini-program's calls on the embedded default: H2 in a file. */
class H2MiniProgramTest extends MiniProgramScenarios {

    @Override
    protected TestCloud startCloud(Path dir) {
        return TestCloud.embedded(dir, false);
    }
}
