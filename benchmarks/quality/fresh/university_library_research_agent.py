"""University library research agent: the first design, before any security review.

Students and staff open the research assistant from the library website, sign in
with university SSO and describe a research topic. An agent, backed by a hosted
LLM that the university procured under a no-training clause, plans searches and
runs them on its own: the library catalogue, the licensed journal databases
(reached through the library's EZproxy with the library's proxy account) and a
commercial web search API for the open web. It downloads full-text PDFs from
publisher platforms and open web pages, extracts their text, and writes an
annotated bibliography into the user's workspace. The proxy credentials are kept
in the cloud secrets manager. The web app rate-limits each user and the agent
stops after a fixed number of steps. The service runs in the library's cloud
tenant; workspaces are encrypted at rest.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "University library research agent",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Agent that searches library, licensed and open sources and writes annotated bibliographies.",
)

# ---------------------------------------------------------------- data assets
topic = tg.Data(
    "Research request",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="The user's topic and instructions, tied to their university identity.",
)
bibliography = tg.Data(
    "Annotated bibliography",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Citations with summaries and notes, saved in the user's workspace.",
)
sso_token = tg.Data("SSO session", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
llm_prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, the request, search results and extracted paper text.",
)
llm_reply = tg.Data("LLM reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
search_call = tg.Data("Search call", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
catalogue_records = tg.Data("Catalogue records", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
journal_results = tg.Data(
    "Journal search results and PDFs",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Licensed abstracts and full texts; redistribution is bound by licence terms.",
)
web_pages = tg.Data("Open web pages and PDFs", kind="documents", sensitivity=tg.Sensitivity.PUBLIC)
proxy_credentials = tg.Data(
    "Library proxy credentials",
    kind="credentials",
    sensitivity=tg.Sensitivity.SECRET,
    description="The library's EZproxy service account; publishers see all traffic as the university's.",
)
extracted_text = tg.Data(
    "Extracted paper text", kind="retrieved-context", sensitivity=tg.Sensitivity.CONFIDENTIAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Students and staff, on and off campus.
    user = tm.add(tg.Actor("Student or staff member", role="library user"))
    # Anything the web search returns: preprints, blogs, institutional repositories.
    open_web = tm.add(tg.DataSource("Open web", origin=tg.Origin.PUBLIC_WEB, provides={web_pages}))
    # Commercial search API used for open web results.
    web_search_api = tm.add(tg.ExternalService("Web search API", provides="data-provider"))

with tm.boundary("Publishers", trust=tg.Trust.PARTNER):
    # Licensed journal databases and publisher full-text platforms.
    publishers = tm.add(
        tg.DataSource(
            "Licensed journal databases",
            origin=tg.Origin.VENDOR,
            provides={journal_results},
            description="Subscription databases and publisher sites, accessed through EZproxy.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The model the agent reasons with.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={
                tg.controls.SupplierAssessment(note="university procurement; no training on inputs")
            },
        )
    )

with tm.boundary("University network", trust=tg.Trust.INTERNAL):
    # Central identity provider for students and staff.
    sso = tm.add(tg.ExternalService("University SSO", provides="identity-provider"))
    # The library's EZproxy, which signs in to publishers with the proxy account.
    ezproxy = tm.add(tg.Service("Library EZproxy"))
    # The library catalogue (discovery layer search API).
    catalogue = tm.add(
        tg.DataSource("Library catalogue", origin=tg.Origin.INTERNAL, provides={catalogue_records})
    )

with tm.boundary("Library cloud tenant", trust=tg.Trust.INTERNAL):
    # The web app users talk to.
    web_app = tm.add(
        tg.Endpoint(
            "Research assistant web app",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                tg.controls.Authentication(method="university SSO (SAML)"),
                tg.controls.RateLimiting(requests_per_minute=20),
            },
        )
    )
    # Plans the searches, calls the tools and writes the bibliography.
    agent = tm.add(
        tg.Agent(
            "Research agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            controls={tg.controls.CircuitBreaker(max_steps=40)},
        )
    )
    # Searches the catalogue and the licensed databases.
    library_search = tm.add(
        tg.Tool(
            "Library search tool",
            capabilities={"read", "network-egress"},
            controls={
                tg.controls.SecretsManagement(note="proxy account in the cloud secrets manager")
            },
        )
    )
    # Searches the open web through the commercial search API.
    web_search = tm.add(tg.Tool("Web search tool", capabilities={"read", "network-egress"}))
    # Downloads PDFs and pages and extracts their text.
    fetcher = tm.add(
        tg.Tool(
            "PDF fetcher",
            capabilities={"read", "write", "network-egress"},
            controls={
                tg.controls.SecretsManagement(note="proxy account in the cloud secrets manager")
            },
        )
    )
    # Users' saved requests, downloaded PDFs and bibliographies.
    workspace = tm.add(
        tg.DataStore(
            "User workspaces",
            stores={topic, bibliography, journal_results, web_pages},
            controls={tg.controls.EncryptionAtRest(key_management="cloud KMS")},
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(user, sso, sso_token, protocol="https", label="sign in")
tm.flow(sso, web_app, sso_token, protocol="https", label="SAML assertion")
tm.flow(user, web_app, topic, protocol="https")
tm.flow(web_app, user, bibliography, protocol="https")
tm.flow(web_app, agent, topic)
tm.flow(agent, web_app, bibliography)

tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_reply, protocol="https")

tm.flow(agent, library_search, search_call)
tm.flow(library_search, agent, catalogue_records, journal_results, label="search results")
tm.flow(library_search, catalogue, search_call, protocol="https")
tm.flow(catalogue, library_search, catalogue_records, protocol="https")
tm.flow(library_search, ezproxy, search_call, proxy_credentials, protocol="https")
tm.flow(ezproxy, publishers, search_call, protocol="https", label="proxied session")
tm.flow(publishers, ezproxy, journal_results, protocol="https")
tm.flow(ezproxy, library_search, journal_results, protocol="https")

tm.flow(agent, web_search, search_call)
tm.flow(web_search, web_search_api, search_call, protocol="https")
tm.flow(web_search_api, web_search, web_pages, protocol="https", label="result links and snippets")
tm.flow(web_search, agent, web_pages, label="search results")

tm.flow(agent, fetcher, search_call, label="download list")
tm.flow(fetcher, ezproxy, search_call, proxy_credentials, protocol="https", label="licensed PDFs")
tm.flow(ezproxy, fetcher, journal_results, protocol="https")
tm.flow(fetcher, open_web, search_call, protocol="https", label="open PDFs and pages")
tm.flow(open_web, fetcher, web_pages, protocol="https")
tm.flow(fetcher, workspace, journal_results, web_pages, label="saved PDFs")
tm.flow(fetcher, agent, extracted_text)

tm.flow(agent, workspace, topic, bibliography)
tm.flow(workspace, web_app, bibliography, label="saved bibliographies")
