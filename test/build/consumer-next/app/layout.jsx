// The root layout of a Next.js App Router site (a Server Component).
export default function RootLayout({ children }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
