import { app, Menu, type MenuItemConstructorOptions } from 'electron';
import type { Language } from '../shared/ipc/schemas';
import { openExternalIfAllowed } from './security/web-contents';

const LABELS = {
  'zh-CN': { file: '文件', quit: '退出', edit: '编辑', undo: '撤销', redo: '重做', cut: '剪切', copy: '复制', paste: '粘贴', selectAll: '全选', view: '视图', reload: '重新加载', devTools: '开发者工具', zoomIn: '放大', zoomOut: '缩小', resetZoom: '实际大小', fullscreen: '全屏', help: '帮助', miit: '工信部备案管理系统', mps: '全国互联网安全管理服务平台', about: '关于备案工作台' },
  en: { file: 'File', quit: 'Quit', edit: 'Edit', undo: 'Undo', redo: 'Redo', cut: 'Cut', copy: 'Copy', paste: 'Paste', selectAll: 'Select All', view: 'View', reload: 'Reload', devTools: 'Developer Tools', zoomIn: 'Zoom In', zoomOut: 'Zoom Out', resetZoom: 'Actual Size', fullscreen: 'Full Screen', help: 'Help', miit: 'MIIT ICP filing system', mps: 'Public-security filing platform', about: 'About ICP Desk' },
} as const;

/** The native menu in the user's language; DevTools only in development builds. */
export function buildMenuTemplate(language: Language, devTools: boolean): MenuItemConstructorOptions[] {
  const l = LABELS[language];
  return [
    { label: l.file, submenu: [{ label: l.quit, role: 'quit' }] },
    {
      label: l.edit,
      submenu: [
        { label: l.undo, role: 'undo' },
        { label: l.redo, role: 'redo' },
        { type: 'separator' },
        { label: l.cut, role: 'cut' },
        { label: l.copy, role: 'copy' },
        { label: l.paste, role: 'paste' },
        { label: l.selectAll, role: 'selectAll' },
      ],
    },
    {
      label: l.view,
      submenu: [
        { label: l.reload, role: 'reload' },
        ...(devTools ? [{ label: l.devTools, role: 'toggleDevTools' } as const] : []),
        { type: 'separator' },
        { label: l.resetZoom, role: 'resetZoom' },
        { label: l.zoomIn, role: 'zoomIn' },
        { label: l.zoomOut, role: 'zoomOut' },
        { type: 'separator' },
        { label: l.fullscreen, role: 'togglefullscreen' },
      ],
    },
    {
      label: l.help,
      submenu: [
        { label: l.miit, click: () => openExternalIfAllowed('https://beian.miit.gov.cn/') },
        { label: l.mps, click: () => openExternalIfAllowed('https://beian.mps.gov.cn/') },
        { type: 'separator' },
        { label: l.about, role: 'about' },
      ],
    },
  ];
}

export function applyMenu(language: Language): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate(language, !app.isPackaged)));
}
