/** Where the messages channel's pages and files go: its routes (below the base path) and file names. */
export const messagesPaths = {
  messages: () => 'tin-nhan/',
  measureMessages: (id: string) => `tin-nhan/${id}/`,
  messageFile: (file: string) => `tin-nhan/${file}`,
  zns: (message: string) => `${message}-zns.json`,
  oaCover: (message: string) => `${message}-anh-bia.png`,
  calendar: (channel: string) => `lich-${channel}.ics`,
  messagesJson: () => 'tin-nhan.json',
} as const;
