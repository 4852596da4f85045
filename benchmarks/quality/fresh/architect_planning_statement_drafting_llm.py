"""Planning statement drafting assistant: the first design, before any security review.

An architecture practice drafts the design and access statements that go with its
planning applications using a hosted LLM. A small web app in the practice's cloud
subscription pulls the project's drawing notes and site photos from the office file
server, retrieves the relevant passages of the local council's planning policies
from an index, and asks the LLM vendor's API for a draft. A nightly job downloads
policy documents (local plans, design guides, SPDs) from council websites and embeds
them with the vendor's embedding API. Project architects sign in with the practice's
Microsoft 365 accounts, edit the draft in the app and sign it off; the architect then
uploads the final statement with the application through the national planning
portal by hand. The vendor was chosen under its business terms (no training on our
data); the file server is reached over the office's site-to-site VPN.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Planning statement drafting assistant",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Hosted-LLM drafts of planning design statements, edited and signed off by the architect.",
)

# ---------------------------------------------------------------- data assets
project_notes = tg.Data(
    "Project drawing notes",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Notes from the drawing set: client name, site address, proposed works.",
)
site_photos = tg.Data(
    "Site photos",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Survey photos of the site and neighbouring properties, people and cars included.",
)
policies = tg.Data("Council planning policies", kind="documents", sensitivity=tg.Sensitivity.PUBLIC)
policy_chunks = tg.Data(
    "Policy passages and embeddings", kind="retrieved-context", sensitivity=tg.Sensitivity.PUBLIC
)
chunk_text = tg.Data("Policy text chunks", kind="documents", sensitivity=tg.Sensitivity.PUBLIC)
vectors = tg.Data("Embedding vectors", kind="embeddings", sensitivity=tg.Sensitivity.INTERNAL)
request = tg.Data(
    "Drafting request",
    kind="prompt",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Project reference, council, statement type and the architect's instructions.",
)
search_query = tg.Data("Policy search query", kind="prompt", sensitivity=tg.Sensitivity.INTERNAL)
prompt = tg.Data(
    "Drafting prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Prompt template, project notes, site photos and retrieved policy passages.",
)
completion = tg.Data("LLM draft text", kind="model-output", sensitivity=tg.Sensitivity.PII)
draft = tg.Data(
    "Draft design statement",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
final_statement = tg.Data(
    "Signed-off design statement",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
sign_in = tg.Data(
    "Staff sign-in credentials", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)
id_token = tg.Data("ID token", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
api_key = tg.Data("LLM vendor API key", kind="credentials", sensitivity=tg.Sensitivity.SECRET)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Councils publish local plans, design guides and SPDs as web pages and PDFs.
    council_sites = tm.add(
        tg.DataSource(
            "Council websites",
            origin=tg.Origin.PUBLIC_WEB,
            provides={policies},
            description="Planning policy pages and PDFs of the councils we submit to.",
        )
    )
    # Where applications are submitted; run by a third party, the architect uploads by hand.
    portal = tm.add(
        tg.ExternalService(
            "National planning portal",
            description="The government-backed portal that forwards applications to councils.",
        )
    )

with tm.boundary("Microsoft 365 tenant", trust=tg.Trust.PARTNER):
    # The practice's existing staff directory; the drafting app signs people in with it.
    idp = tm.add(
        tg.ExternalService(
            "Microsoft Entra ID",
            provides=tg.ExternalCategory.IDENTITY_PROVIDER,
            controls={
                tg.controls.Authentication(method="password with Microsoft Authenticator MFA")
            },
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Writes the draft statement from the assembled prompt.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model with image input, behind the vendor's API.",
            controls={
                tg.controls.SupplierAssessment(
                    note="business terms: no training on inputs, 30-day retention"
                )
            },
        )
    )
    # Embeds policy chunks and search queries for the policy index.
    embedder = tm.add(
        tg.Model(
            "Hosted embedding model",
            task=tg.Task.EMBEDDING,
            origin=tg.ModelOrigin.THIRD_PARTY_API,
        )
    )

with tm.boundary("Practice office network", trust=tg.Trust.INTERNAL):
    # The people who ask for drafts, edit them and sign them off.
    architect = tm.add(tg.Actor("Project architect", role="architect"))
    # Existing project file server: drawing sets, notes and site survey photos.
    file_server = tm.add(
        tg.DataStore(
            "Project file server",
            stores={project_notes, site_photos},
            controls={tg.controls.RBAC(note="per-project folder permissions")},
        )
    )

with tm.boundary("Practice cloud subscription", trust=tg.Trust.INTERNAL):
    # The web app architects use: assembles prompts, shows and stores drafts.
    app = tm.add(
        tg.Service(
            "Statement drafting app",
            description="Small web app: picks the project and council, builds the prompt, calls the LLM.",
            controls={
                tg.controls.Authentication(method="Microsoft 365 single sign-on (OIDC)"),
                tg.controls.HumanInTheLoop(
                    approver="the project architect signs off every statement"
                ),
            },
        )
    )
    # Drafts and signed-off versions, kept per project.
    drafts = tm.add(tg.DataStore("Draft statement store", stores={draft, final_statement}))
    # Nightly job that refreshes the council policy documents and re-embeds them.
    downloader = tm.add(
        tg.Pipeline(
            "Nightly policy download job",
            stage=tg.Stage.INGESTION,
            description="Fetches listed council policy URLs, extracts text from the PDFs, chunks it.",
        )
    )
    # Searchable index of policy passages for retrieval into the prompt.
    policy_index = tm.add(tg.VectorStore("Policy index", stores={policy_chunks}))
    # App configuration, including the vendor API key.
    app_config = tm.add(tg.DataStore("App configuration", stores={api_key}))

# ---------------------------------------------------------------- flows
tm.flow(architect, idp, sign_in, protocol="https")
tm.flow(idp, app, id_token, protocol="https", label="OIDC sign-in")
tm.flow(architect, app, request, protocol="https")
tm.flow(app, architect, draft, protocol="https", label="draft for editing")
tm.flow(architect, app, draft, protocol="https", label="edits")
tm.flow(architect, app, final_statement, protocol="https", label="sign-off")
tm.flow(app, architect, final_statement, protocol="https", label="download for submission")
tm.flow(architect, portal, final_statement, protocol="https", label="uploaded with the application")

tm.flow(
    file_server,
    app,
    project_notes,
    site_photos,
    protocol="smb",
    label="over site-to-site VPN",
    controls={tg.controls.EncryptionInTransit(protocol="IPsec site-to-site VPN")},
)
tm.flow(app_config, app, api_key)
tm.flow(app, embedder, search_query, protocol="https")
tm.flow(embedder, app, vectors, protocol="https")
tm.flow(app, policy_index, vectors, label="similarity search")
tm.flow(policy_index, app, policy_chunks, label="retrieved policy passages")
tm.flow(app, llm, prompt, protocol="https")
tm.flow(llm, app, completion, protocol="https")
tm.flow(app, drafts, draft, final_statement)
tm.flow(drafts, app, draft, final_statement)

tm.flow(council_sites, downloader, policies, protocol="https", label="nightly download")
tm.flow(app_config, downloader, api_key)
tm.flow(downloader, embedder, chunk_text, protocol="https")
tm.flow(embedder, downloader, vectors, protocol="https")
tm.flow(downloader, policy_index, policy_chunks)
