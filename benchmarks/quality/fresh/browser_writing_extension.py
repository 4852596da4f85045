"""Browser writing extension: the first design, before any security review.

A Chrome/Firefox extension sold to individuals and teams in the EU and the US. On any
web page or web-mail the user selects text and asks for it to be rewritten, shortened
or translated. The content script sends the selection, the instruction and up to
2,000 characters of surrounding page text to our writing API in the company's cloud
VPC; the rewrite service adds the user's style profile, calls a hosted LLM and returns
a suggestion, which the user accepts, edits or discards. Every request and its outcome
is kept in an edit history, and a nightly job has the same LLM summarise each user's
recent edits into their style profile. Users sign in with Google; the API checks the
session token and applies per-user quotas; the LLM key is in the cloud secret manager;
the databases are encrypted at rest; the LLM vendor was reviewed for zero retention.
Usage events go to a product-analytics SaaS, and support staff can look up a user's
edit history when investigating complaints.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Browser writing extension",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Rewrite, shorten and translate selected text on any page, personalised per user.",
)

# ---------------------------------------------------------------- data assets
page_text = tg.Data(
    "Page and web-mail text",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Whatever the page shows: articles, web-mail threads, forms, other people's messages.",
)
selection = tg.Data(
    "Selection and instruction",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="The selected text and the action (rewrite, shorten, translate to X).",
)
rewrite_request = tg.Data(
    "Rewrite request",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Selection, instruction, surrounding page text and page URL.",
)
session_token = tg.Data("Session token", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
id_token = tg.Data("Google ID token", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
account = tg.Data(
    "Account record",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Email, name, plan, quota counters, hashed session tokens.",
)
style_profile = tg.Data(
    "Style profile",
    kind="instructions",
    sensitivity=tg.Sensitivity.PII,
    description="A per-user description of tone and vocabulary with example phrases, "
    "placed in the system prompt.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
llm_prompt = tg.Data(
    "Rewrite prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt with the style profile, then the request and page context.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
suggestion = tg.Data("Suggested rewrite", kind="model-output", sensitivity=tg.Sensitivity.PII)
edit_feedback = tg.Data(
    "Edit outcome",
    kind="feedback",
    sensitivity=tg.Sensitivity.PII,
    description="Accepted, discarded, or the user's final edited text.",
)
edit_history = tg.Data(
    "Edit history",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Per request: selection, page context, URL, suggestion and outcome; kept indefinitely.",
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="low"),
)
profile_prompt = tg.Data(
    "Profile summarisation prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="A user's last 200 edits, asking the model to describe their style.",
)
profile_summary = tg.Data("Profile summary", kind="model-output", sensitivity=tg.Sensitivity.PII)
usage_events = tg.Data(
    "Usage events",
    kind="logs",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Action, text length, language, page domain, user id.",
)
support_query = tg.Data("Support lookup", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("User's browser", trust=tg.Trust.UNTRUSTED):
    # The person writing; signs in once and triggers actions from the context menu.
    user = tm.add(tg.Actor("User", role="end user"))
    # Any page the user has open, including web-mail written by other people.
    pages = tm.add(
        tg.DataSource(
            "Web pages and web-mail",
            origin=tg.Origin.PUBLIC_WEB,
            provides={page_text},
        )
    )
    # Our extension: content script plus popup, installed on many browsers.
    extension = tm.add(
        tg.Device(
            "Browser extension",
            fleet=True,
            description="Content script on all sites; reads the selection and nearby DOM text.",
        )
    )

with tm.boundary("Third-party SaaS", trust=tg.Trust.PARTNER):
    # Google sign-in for user accounts.
    idp = tm.add(
        tg.ExternalService("Google identity", provides=tg.ExternalCategory.IDENTITY_PROVIDER)
    )
    # Product analytics for feature usage and funnels.
    analytics = tm.add(
        tg.ExternalService("Product analytics", provides=tg.ExternalCategory.GENERIC)
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose hosted model used for rewrites and for style summaries.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="zero-retention API terms reviewed")},
        )
    )

with tm.boundary("Company cloud VPC", trust=tg.Trust.INTERNAL):
    # Public API the extension calls; checks the session and the plan's quota.
    api = tm.add(
        tg.Endpoint(
            "Writing API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="session token issued after Google sign-in"),
                c.RateLimiting(requests_per_minute=30, note="per user, by plan"),
            },
        )
    )
    # Builds the prompt from the request and the style profile, calls the LLM.
    rewrite = tm.add(
        tg.Service(
            "Rewrite service",
            controls={c.SecretsManagement(note="LLM API key in the cloud secret manager")},
        )
    )
    # Users, plans, quotas and sessions.
    accounts = tm.add(
        tg.DataStore(
            "Account database",
            stores={account},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Every request with its outcome; the raw material for style profiles.
    history = tm.add(
        tg.DataStore(
            "Edit history store",
            stores={edit_history},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Nightly job that turns each user's recent edits into a style profile.
    profiler = tm.add(
        tg.Pipeline(
            "Style profile builder",
            stage=tg.Stage.PREPROCESSING,
            description="Batch job; summarises recent edits with the hosted LLM.",
        )
    )
    # One style profile per user, read on every rewrite.
    profiles = tm.add(tg.DataStore("Style profile store", stores={style_profile}))

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Support engineers investigate complaints about bad rewrites.
    support = tm.add(tg.Actor("Support engineer", role="support", privileged=True))

# ---------------------------------------------------------------- flows
# Sign-in.
tm.flow(extension, idp, id_token, protocol="https", label="OAuth sign-in")
tm.flow(idp, extension, id_token, protocol="https")
tm.flow(extension, api, id_token, protocol="https", label="exchange for session")
tm.flow(api, accounts, account, label="create or look up account")
tm.flow(accounts, api, account)
tm.flow(api, extension, session_token, protocol="https", label="session")

# A rewrite.
tm.flow(pages, extension, page_text, protocol="local", label="DOM text near the selection")
tm.flow(user, extension, selection, protocol="local")
tm.flow(extension, api, rewrite_request, session_token, protocol="https", label="rewrite")
tm.flow(api, rewrite, rewrite_request)
tm.flow(profiles, rewrite, style_profile)
tm.flow(rewrite, llm, llm_prompt, protocol="https")
tm.flow(llm, rewrite, completion, protocol="https")
tm.flow(rewrite, history, edit_history, label="log request and suggestion")
tm.flow(rewrite, api, suggestion)
tm.flow(api, extension, suggestion, protocol="https", label="suggestion")
tm.flow(extension, user, suggestion, protocol="local")

# The user's choice comes back and feeds the style profile.
tm.flow(user, extension, edit_feedback, protocol="local", label="accept / edit / discard")
tm.flow(extension, api, edit_feedback, session_token, protocol="https", label="outcome")
tm.flow(api, history, edit_feedback)
tm.flow(history, profiler, edit_history, label="nightly batch")
tm.flow(profiler, llm, profile_prompt, protocol="https")
tm.flow(llm, profiler, profile_summary, protocol="https")
tm.flow(profiler, profiles, style_profile)

# Analytics and support.
tm.flow(extension, analytics, usage_events, protocol="https")
tm.flow(support, history, support_query, protocol="https", label="admin console lookup")
tm.flow(history, support, edit_history, protocol="https")
