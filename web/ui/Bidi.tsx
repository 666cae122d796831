/** A user-supplied value inside translated text: isolated, so it cannot reorder the sentence. */
export function UserText({ children }: { children: React.ReactNode }) {
  return <bdi>{children}</bdi>;
}

/** Emails, phone numbers and URLs always read left to right, even inside Persian or Arabic text. */
export function Ltr({ children }: { children: React.ReactNode }) {
  return (
    <bdi dir="ltr" className="ltr">
      {children}
    </bdi>
  );
}
