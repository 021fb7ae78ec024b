import { describe, expect, it } from 'vitest';
import { brokenCampaign, buildCampaign } from '../support/fixture-build';

const visitors = `visitors:
  measure: 1
  headline: Chào mừng bạn
  body: Hãy cài ứng dụng.
  cta: Quét mã QR để cài
  privacy: Ứng dụng không thu thập vị trí.
  help: Gọi tổng đài.
`;

// The real build of the mini campaign (Vietnamese only) with one more language and no words for it.
describe('a language listed without its translation stops the build', () => {
  it('names the settings file, the field and the fix', () => {
    const dir = brokenCampaign('settings.yaml', (s) => `${s}\nlanguages: [vi, fr]\n${visitors}`);
    const { status, output } = buildCampaign(dir);
    expect(status).not.toBe(0);
    expect(output).toMatch(
      /settings\.yaml: trường "languages\[1\]": không có tệp bản dịch \S*translations\/fr\.yaml\. Cách sửa: tạo/,
    );
  });
});
