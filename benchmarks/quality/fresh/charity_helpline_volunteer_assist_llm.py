"""Helpline volunteer assist: the first design, before any security review.

A UK mental-health charity runs a free text helpline (SMS short code) staffed by
trained volunteers who work from home in a browser console. While a volunteer is
in a live conversation, an assist service reads the recent turns, strips names
and phone numbers, looks up matching signposting resources (the charity's own
curated library plus a partner directory of local services) and asks a hosted
LLM to draft two or three suggested replies with links. The volunteer edits or
discards every suggestion; nothing is sent to a texter without a person typing
it. Clinical supervisors watch the queue and take over escalated conversations.
Volunteers and supervisors sign in with the charity's Microsoft 365 SSO and MFA,
conversations are stored encrypted in the charity's cloud tenancy, and the LLM
vendor is under a data processing agreement with no training on our data.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Helpline volunteer assist",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM-drafted reply and signposting suggestions for volunteers on a "
    "live mental-health text helpline.",
)

# ---------------------------------------------------------------- data assets
texter_messages = tg.Data(
    "Help-seeker messages",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Texts from people in distress, with their mobile number; often "
    "describe mental health, self-harm and personal circumstances.",
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="high"),
)
volunteer_replies = tg.Data(
    "Volunteer replies",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="What the volunteer sends back to the texter.",
)
conversation_context = tg.Data(
    "Live conversation context",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="The last turns of the conversation and the volunteer's notes.",
)
assist_prompt = tg.Data(
    "Assist prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="System instructions, the redacted recent turns and the retrieved resources.",
)
resource_query = tg.Data(
    "Resource search query",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="A summary of what the texter needs and where they are, redacted.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.REGULATED)
suggestions = tg.Data(
    "Suggested replies and signposting",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Two or three draft replies with links to services, shown beside the chat.",
)
suggestion_log = tg.Data(
    "Assist log entries",
    kind="logs",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Each prompt, suggestion and whether the volunteer used it, for quality review.",
)
transcripts = tg.Data(
    "Conversation transcripts",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Full conversations with mobile numbers, volunteer notes and risk markers.",
)
resources = tg.Data(
    "Signposting resources",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Self-help pages, crisis lines and referral guidance written by the charity.",
)
service_listings = tg.Data(
    "Local service listings",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Opening hours, eligibility and contact details of local support services.",
)
resource_chunks = tg.Data(
    "Resource embeddings", kind="embeddings", sensitivity=tg.Sensitivity.PUBLIC
)
retrieved = tg.Data(
    "Retrieved resources", kind="retrieved-context", sensitivity=tg.Sensitivity.PUBLIC
)
supervisor_notes = tg.Data(
    "Supervisor guidance",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Whispered guidance to the volunteer, or the supervisor taking over the chat.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone with a phone can text the short code.
    texter = tm.add(tg.Actor("Help-seeker", role="texter"))
    # Volunteers work from home on their own laptops, in a browser.
    volunteer = tm.add(tg.Actor("Volunteer", role="helpline volunteer"))

with tm.boundary("SMS provider", trust=tg.Trust.PARTNER):
    # Relays texts between the mobile networks and our platform.
    sms_gateway = tm.add(
        tg.ExternalService("SMS gateway", description="Short-code aggregator with an HTTP API.")
    )

with tm.boundary("Directory partner", trust=tg.Trust.PARTNER):
    # A partner network's directory of local services, used for signposting.
    directory = tm.add(
        tg.DataSource(
            "Local services directory",
            origin=tg.Origin.PARTNER,
            provides={service_listings},
            description="Listings maintained by member organisations, pulled weekly over an API.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Drafts the suggestions; a general-purpose hosted chat model.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="Vendor chat model in a UK region, called per suggestion.",
            controls={
                c.SupplierAssessment(
                    note="DPA signed; no training on our data, prompts kept 30 days for abuse review"
                )
            },
        )
    )

with tm.boundary("Charity cloud tenancy", trust=tg.Trust.INTERNAL):
    # Queues texts, assigns them to volunteers and keeps the conversation state.
    platform = tm.add(
        tg.Service(
            "Conversation platform",
            description="Routes each conversation to a free volunteer and relays messages.",
        )
    )
    # The web app volunteers and supervisors work in.
    console = tm.add(
        tg.Endpoint(
            "Volunteer console",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            description="Shows the volunteers the conversations assigned to them, with the "
            "suggestions in a side panel.",
            controls={
                c.Authentication(method="Microsoft 365 SSO with MFA"),
                c.RBAC(note="volunteers see their assigned conversations; supervisors see all"),
            },
        )
    )
    # Builds the prompt and returns suggestions; never sends anything to a texter.
    assist = tm.add(
        tg.Service(
            "Assist service",
            description="Redacts the recent turns, retrieves resources and calls the LLM.",
            controls={
                c.DataMinimization(
                    note="names, phone numbers and addresses redacted before the LLM"
                ),
                c.HumanInTheLoop(approver="the volunteer, who edits or discards every suggestion"),
            },
        )
    )
    # Curated resources, kept by the clinical content team.
    library = tm.add(tg.DataStore("Resource library", stores={resources}))
    # Embeds the library and the directory listings for retrieval.
    indexer = tm.add(tg.Pipeline("Resource indexing pipeline", stage=tg.Stage.INGESTION))
    # Searched by the assist service for signposting.
    index = tm.add(tg.VectorStore("Resource index", stores={resource_chunks, service_listings}))
    # The record of every conversation, for safeguarding and supervision.
    conversation_store = tm.add(
        tg.DataStore(
            "Conversation store",
            stores={transcripts},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys"), c.RBAC()},
        )
    )
    # Prompts and suggestions, for the quality team to review how the tool is used.
    assist_log = tm.add(
        tg.DataStore(
            "Assist log",
            stores={suggestion_log},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )

with tm.boundary("Charity office", trust=tg.Trust.INTERNAL):
    # Watches the queue and takes over conversations the volunteer escalates.
    supervisor = tm.add(tg.Actor("Clinical supervisor", role="supervisor"))
    # Writes and updates the signposting resources.
    editor = tm.add(tg.Actor("Content editor", role="clinical content team"))

# ---------------------------------------------------------------- flows
tm.flow(texter, sms_gateway, texter_messages, protocol="sms")
tm.flow(sms_gateway, platform, texter_messages, protocol="https", label="inbound SMS webhook")
tm.flow(platform, sms_gateway, volunteer_replies, protocol="https")
tm.flow(sms_gateway, texter, volunteer_replies, protocol="sms")
tm.flow(platform, conversation_store, transcripts)

tm.flow(platform, console, texter_messages, conversation_context)
tm.flow(console, platform, volunteer_replies)
tm.flow(console, volunteer, texter_messages, suggestions, protocol="https")
tm.flow(volunteer, console, volunteer_replies, protocol="https")
tm.flow(console, supervisor, conversation_context, protocol="https", label="escalation")
tm.flow(supervisor, console, supervisor_notes, protocol="https")
tm.flow(conversation_store, console, transcripts, label="conversation history")

tm.flow(platform, assist, conversation_context)
tm.flow(assist, index, resource_query, label="similarity search")
tm.flow(index, assist, retrieved)
tm.flow(assist, llm, assist_prompt, protocol="https")
tm.flow(llm, assist, completion, protocol="https")
tm.flow(assist, console, suggestions)
tm.flow(assist, assist_log, suggestion_log)

tm.flow(editor, library, resources, protocol="https")
tm.flow(library, indexer, resources)
tm.flow(directory, indexer, service_listings, protocol="https", label="weekly pull")
tm.flow(indexer, index, resource_chunks, service_listings)
