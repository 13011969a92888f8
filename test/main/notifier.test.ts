import type { Notification as ElectronNotification } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { NotifyRequest } from '../../electron/core/ports';
import { createDesktopNotifier } from '../../electron/main/notifier';
import { Notification, resetElectronMock } from '../mocks/electron';

const request: NotifyRequest = { id: 'case:c1|warning|1', title: 'Due soon: C-12 · 15 min business left', body: 'Jane Doe (Acme) — Printer offline', alertIds: ['case:c1|warning|1'], late: false };

function setup(supported = true) {
  const onActivate = vi.fn();
  const notifier = createDesktopNotifier({
    isSupported: () => supported,
    createNotification: (options) => new Notification(options) as unknown as ElectronNotification,
    onActivate,
  });
  return { notifier, onActivate };
}

beforeEach(() => resetElectronMock());

describe('desktop notifier', () => {
  it('shows an OS notification with the title and body', () => {
    const { notifier } = setup();
    notifier.notify(request);
    const [shown] = Notification.created;
    expect(shown?.options).toMatchObject({ title: request.title, body: request.body });
    expect(shown?.show).toHaveBeenCalledTimes(1);
  });

  it('clicking it activates the request (focus the window, open its target)', () => {
    const { notifier, onActivate } = setup();
    notifier.notify(request);
    Notification.created[0]?.emit('click');
    expect(onActivate).toHaveBeenCalledExactlyOnceWith(request);
  });

  it('keeps each notification referenced until it closes', () => {
    const { notifier } = setup();
    notifier.notify(request);
    notifier.notify({ ...request, id: 'warn:c2:1' });
    expect(notifier.showing).toBe(2);
    Notification.created[0]?.emit('close');
    expect(notifier.showing).toBe(1);
    Notification.created[1]?.emit('failed', 'no daemon');
    expect(notifier.showing).toBe(0);
  });

  it('replaces a notification still showing for the same id', () => {
    const { notifier } = setup();
    notifier.notify(request);
    notifier.notify({ ...request, body: 'Breached' });
    expect(Notification.created[0]?.close).toHaveBeenCalled();
    expect(notifier.showing).toBe(1);
  });

  it('does nothing where the OS has no notifications', () => {
    const { notifier } = setup(false);
    notifier.notify(request);
    expect(Notification.created).toHaveLength(0);
  });
});
