export default defineBackground(() => {
  // Onboarding and message routing arrive with the popup issue.
});
