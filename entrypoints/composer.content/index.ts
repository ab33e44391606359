export default defineContentScript({
  matches: [
    'https://x.com/*',
    'https://twitter.com/*',
    'https://www.facebook.com/*',
    'https://web.facebook.com/*',
    'https://www.linkedin.com/*',
  ],
  allFrames: true,
  main() {
    // Composer sessions arrive with the composer issue.
  },
});
