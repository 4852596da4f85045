"""Brand voice agent: drafts and schedules social media posts for client brands.

Account managers at the agency enter a campaign brief in the agency's content
portal and ask the brand voice agent for a batch of posts. The agent reads the
brief and the brand's guidelines, searches an index of the brand's past posts
for examples of its voice, and asks a hosted LLM to draft posts, which it writes
into the content calendar with proposed publish times. Client contacts sign in
to the same portal to approve, edit or reject each draft; a scheduler service
publishes only approved posts, at their time, through the social networks' APIs
with the OAuth tokens the client granted when connecting their accounts. A
nightly importer pulls each brand's published posts back and embeds them.
Everything runs in the agency's cloud account; the LLM and embedding model are a
vendor's APIs over HTTPS. Staff sign in with Google Workspace SSO and clients
with e-mail and password; tokens are encrypted at rest with KMS.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Social media brand voice agent",
    profile=tg.RiskProfile.LOW,
    description="Drafts on-brand social posts from briefs and past posts; clients approve before publishing.",
)

# ---------------------------------------------------------------- data assets
brief = tg.Data(
    "Campaign brief",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="documents",
    description="Campaign goals, key messages, launch dates; often unannounced products.",
)
guidelines = tg.Data("Brand guidelines", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="documents")
draft_request = tg.Data(
    "Drafting request", sensitivity=tg.Sensitivity.INTERNAL, kind="instructions"
)
past_posts = tg.Data("Published past posts", sensitivity=tg.Sensitivity.PUBLIC, kind="documents")
post_embeddings = tg.Data(
    "Past post embeddings", sensitivity=tg.Sensitivity.PUBLIC, kind="embeddings"
)
search_query = tg.Data("Post history query", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-call")
examples = tg.Data(
    "Example past posts", sensitivity=tg.Sensitivity.PUBLIC, kind="retrieved-context"
)
prompt = tg.Data(
    "Drafting prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="prompt",
    description="System prompt, brief, guidelines excerpt and example posts.",
)
completion = tg.Data(
    "LLM draft completion", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="model-output"
)
drafts = tg.Data(
    "Draft posts",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="records",
    description="Post text, hashtags, target network and proposed publish time.",
)
calendar_call = tg.Data(
    "Calendar entry request", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="tool-call"
)
calendar_result = tg.Data(
    "Calendar entry result", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-result"
)
approval = tg.Data(
    "Client approval decision",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    description="Approve, edit or reject per draft, with the client's comments and edits.",
)
approved_posts = tg.Data(
    "Approved scheduled posts", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="records"
)
published_post = tg.Data("Published post", sensitivity=tg.Sensitivity.PUBLIC, kind="records")
publish_receipt = tg.Data("Publish receipt", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
oauth_tokens = tg.Data(
    "Social account OAuth tokens",
    sensitivity=tg.Sensitivity.SECRET,
    kind="credentials",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Client-side marketing contact who reviews and approves drafts for their brand.
    client = tm.add(tg.Actor("Client brand approver", role="client marketing contact"))
    # Instagram, LinkedIn, X and Facebook APIs: where posts go and past posts come from.
    social = tm.add(
        tg.ExternalService(
            "Social network APIs",
            provides=tg.ExternalCategory.GENERIC,
            description="Graph and posting APIs of the networks the brands use.",
        )
    )

with tm.boundary("AI vendor", trust=tg.Trust.PARTNER):
    # Writes the post drafts; the agency does not host its own model.
    llm = tm.add(tg.LLM("Hosted drafting LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))
    # Embeds past posts and search queries for the brand post index.
    embedder = tm.add(
        tg.Model(
            "Hosted embedding model",
            task=tg.Task.EMBEDDING,
            origin=tg.ModelOrigin.THIRD_PARTY_API,
        )
    )

with tm.boundary("Agency office", trust=tg.Trust.INTERNAL):
    # Agency staff who own each client account, write briefs and request drafts.
    account_manager = tm.add(tg.Actor("Account manager", role="agency account manager"))

with tm.boundary("Agency cloud", trust=tg.Trust.INTERNAL):
    # Web app used by both agency staff and client contacts.
    portal = tm.add(
        tg.Endpoint(
            "Content portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            description="Brief entry, draft review and approval, account connection (OAuth).",
            controls={
                c.Authentication(
                    method="Google Workspace SSO for staff; e-mail and password for client users"
                ),
                c.RBAC(note="client users see only their own brand workspace"),
            },
        )
    )
    # The LLM agent that plans and writes a batch of posts for one brief.
    agent = tm.add(
        tg.Agent(
            "Brand voice agent",
            autonomy=tg.Autonomy.SUPERVISED,
            description="Reads brief and guidelines, searches past posts, drafts posts, "
            "writes them to the calendar as pending approval.",
            controls={c.CircuitBreaker(max_steps=30)},
        )
    )
    # Read-only search over the brand's past posts, used by the agent for voice examples.
    history_tool = tm.add(
        tg.Tool("Post history search tool", capabilities={"read"}, origin="first-party")
    )
    # Lets the agent create and update draft entries in the content calendar.
    calendar_tool = tm.add(
        tg.Tool("Content calendar tool", capabilities={"write"}, origin="first-party")
    )
    # Vector index of each brand's published posts, one namespace per client.
    post_index = tm.add(tg.VectorStore("Brand post index", stores={post_embeddings, past_posts}))
    # Object storage for briefs and brand guideline PDFs.
    brief_store = tm.add(tg.DataStore("Brief and guideline store", stores={brief, guidelines}))
    # Postgres database: drafts, approval status and publish schedule.
    calendar_db = tm.add(
        tg.DataStore(
            "Content calendar database",
            stores={drafts, approval, approved_posts},
            controls={c.AuditLogging(note="approval changes are recorded with user and time")},
        )
    )
    # Holds the OAuth tokens for each connected client social account.
    token_store = tm.add(
        tg.DataStore(
            "Connected accounts store",
            stores={oauth_tokens},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Cron-driven worker that publishes approved posts when they fall due.
    publisher = tm.add(
        tg.Service(
            "Publishing scheduler",
            description="Every minute, publishes calendar entries that are approved and due.",
            controls={c.HumanInTheLoop(approver="the client brand approver, in the portal")},
        )
    )
    # Nightly job that pulls each brand's recent posts and embeds them.
    importer = tm.add(tg.Pipeline("Past post importer", stage=tg.Stage.INGESTION))

# ---------------------------------------------------------------- flows
# briefs and drafting requests
tm.flow(account_manager, portal, brief, guidelines, draft_request, protocol="https")
tm.flow(portal, account_manager, drafts, protocol="https")
tm.flow(portal, brief_store, brief, guidelines)
tm.flow(portal, agent, draft_request)

# the agent drafting
tm.flow(brief_store, agent, brief, guidelines)
tm.flow(agent, history_tool, search_query)
tm.flow(history_tool, embedder, search_query, protocol="https")
tm.flow(embedder, history_tool, post_embeddings, protocol="https")
tm.flow(history_tool, post_index, search_query, label="similarity query")
tm.flow(post_index, history_tool, examples)
tm.flow(history_tool, agent, examples)
tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")
tm.flow(agent, calendar_tool, calendar_call)
tm.flow(calendar_tool, calendar_db, drafts)
tm.flow(calendar_tool, agent, calendar_result)

# client review and approval
tm.flow(calendar_db, portal, drafts)
tm.flow(portal, client, drafts, protocol="https")
tm.flow(client, portal, approval, protocol="https")
tm.flow(portal, calendar_db, approval, approved_posts)

# connecting a client's social account
tm.flow(social, portal, oauth_tokens, protocol="https", label="OAuth callback")
tm.flow(portal, token_store, oauth_tokens)

# publishing
tm.flow(calendar_db, publisher, approved_posts)
tm.flow(token_store, publisher, oauth_tokens)
tm.flow(publisher, social, published_post, oauth_tokens, protocol="https")
tm.flow(social, publisher, publish_receipt, protocol="https")
tm.flow(publisher, calendar_db, publish_receipt)

# nightly import of past posts
tm.flow(token_store, importer, oauth_tokens)
tm.flow(importer, social, oauth_tokens, protocol="https", label="fetch recent posts")
tm.flow(social, importer, past_posts, protocol="https")
tm.flow(importer, embedder, past_posts, protocol="https")
tm.flow(embedder, importer, post_embeddings, protocol="https")
tm.flow(importer, post_index, past_posts, post_embeddings)
