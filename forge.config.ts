import { MakerDeb } from '@electron-forge/maker-deb';
import { MakerZIP } from '@electron-forge/maker-zip';
import { FusesPlugin } from '@electron-forge/plugin-fuses';
import { VitePlugin } from '@electron-forge/plugin-vite';
import type { ForgeConfig } from '@electron-forge/shared-types';
import { FuseV1Options, FuseVersion } from '@electron/fuses';

const config: ForgeConfig = {
  packagerConfig: {
    asar: true,
    name: 'ICP Desk',
    executableName: 'icp-desk',
    // The two Noto Sans SC weights the PDF reports embed (OFL-1.1, licenses/NotoSansSC-OFL.txt) are
    // copied beside app.asar, into process.resourcesPath, where src/main/reports/fonts.ts finds them.
    extraResource: [
      'node_modules/@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf',
      'node_modules/@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf',
      'licenses/NotoSansSC-OFL.txt',
    ],
  },
  rebuildConfig: {},
  makers: [new MakerZIP({}, ['linux', 'win32', 'darwin']), new MakerDeb({})],
  plugins: [
    new VitePlugin({
      build: [
        { entry: 'src/main/main.ts', config: 'vite.main.config.mts', target: 'main' },
        // Heavy exports, imports and bundles run in this worker (src/main/workers/task-runner.ts).
        { entry: 'src/main/workers/task-worker.ts', config: 'vite.main.config.mts', target: 'main' },
        { entry: 'src/main/preload.ts', config: 'vite.preload.config.mts', target: 'preload' },
      ],
      renderer: [{ name: 'main_window', config: 'vite.renderer.config.mts' }],
    }),
    // Electron's fuses, flipped at package time (architecture §7): the packaged binary cannot be
    // turned into a plain Node runtime or inspected, and loads the app only from its signed asar.
    new FusesPlugin({
      version: FuseVersion.V1,
      [FuseV1Options.RunAsNode]: false,
      [FuseV1Options.EnableCookieEncryption]: true,
      [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
      [FuseV1Options.EnableNodeCliInspectArguments]: false,
      [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
      [FuseV1Options.OnlyLoadAppFromAsar]: true,
      // The renderer is served from app://, never file://, so file:// needs no extra privileges.
      [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
    }),
  ],
};

export default config;
