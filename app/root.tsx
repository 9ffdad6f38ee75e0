import type { LinksFunction, LoaderFunctionArgs } from "@remix-run/node";
import { json } from "@remix-run/node";
import {
  Form,
  isRouteErrorResponse,
  Link,
  Links,
  Meta,
  Outlet,
  Scripts,
  ScrollRestoration,
  useRouteError,
  useRouteLoaderData,
} from "@remix-run/react";
import type { ReactNode } from "react";
import { getUser } from "./auth.server";
import styles from "./styles.css?url";

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: styles },
  { rel: "icon", href: "/favicon.ico" },
];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await getUser(request);
  return json({ user: user ? { name: user.name, email: user.email } : null });
}

function Account() {
  // absent when the root loader itself failed (the error page still renders the layout)
  const data = useRouteLoaderData<typeof loader>("root");
  if (!data) return null;
  if (!data.user) {
    return (
      <span className="account">
        <Link to="/login">Sign in</Link>
      </span>
    );
  }
  return (
    <span className="account">
      <span data-testid="signed-in-as">{data.user.name}</span>
      <Form method="post" action="/logout">
        <button type="submit" className="link-button">
          Sign out
        </button>
      </Form>
    </span>
  );
}

export function Layout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <Meta />
        <Links />
      </head>
      <body>
        <header className="site-header">
          <Link to="/" className="brand">
            Claimscope
          </Link>
          <span className="tagline">what the sources claim, and where they disagree</span>
          <Account />
        </header>
        <main>{children}</main>
        <ScrollRestoration />
        <Scripts />
      </body>
    </html>
  );
}

export default function App() {
  return <Outlet />;
}

export function ErrorBoundary() {
  const error = useRouteError();
  const status = isRouteErrorResponse(error) ? error.status : 500;
  const message = isRouteErrorResponse(error)
    ? typeof error.data === "string"
      ? error.data
      : error.statusText
    : "Something went wrong on our side. Try again; if it persists, the server log says why.";
  return (
    <section className="error-page" role="alert">
      <h1>
        {status === 404
          ? "Not found"
          : status === 400
            ? "That request was not valid"
            : status === 403
              ? "Not allowed"
              : status === 409
                ? "Changed by someone else"
                : "Error"}
      </h1>
      <p>{message}</p>
      <p>
        <Link to="/">Back to the corpora</Link>
      </p>
    </section>
  );
}
