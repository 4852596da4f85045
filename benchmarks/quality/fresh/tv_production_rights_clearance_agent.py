"""TV production rights clearance agent: the first design, before any security review.

Our rights coordinators clear the music, archive clips and logos in each programme
before delivery. From a clearance workbench in our cloud tenant (company SSO with
MFA) a coordinator asks the agent to check an episode's locked edit. The agent, on
a hosted LLM from a vendor we have reviewed, reads the edit decision list and music
cue sheet from the post-production asset store, sends audio excerpts to a music
recognition vendor, runs a logo detector over proxy frames, and looks each item up
in our licence database, a collecting society's repertoire database and the archive
libraries' catalogues. It writes a clearance report and drafts clearance requests
to rights holders into a drafts store; it sends nothing itself. The coordinator
reviews and edits the drafts and sends them from their own mailbox. Lookups use a
read-only database account, and the agent stops after a fixed number of steps.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "TV production rights clearance agent",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description=(
        "Checks music, archive clips and logos in an edit against rights databases and "
        "licences, and drafts clearance requests for the rights coordinator."
    ),
)

# ---------------------------------------------------------------- data assets
check_request = tg.Data(
    "Clearance check request", kind="prompt", sensitivity=tg.Sensitivity.INTERNAL
)
edl = tg.Data(
    "Edit decision list and music cue sheet",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)
proxy_frames = tg.Data(
    "Unreleased programme proxy frames",
    kind="media",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="low"),
)
audio_excerpts = tg.Data(
    "Music audio excerpts",
    kind="media",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="low"),
)
tool_calls = tg.Data("Agent tool calls", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
prompt = tg.Data(
    "Agent prompt with edit and rights context",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, the edit's items and the rights records looked up so far.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
music_ids = tg.Data("Music identification results", kind="tool-result")
logo_detections = tg.Data(
    "Logo detections", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
item_ids = tg.Data("Track and clip identifiers", kind="records")
licences = tg.Data(
    "Licence and contract records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Licence terms, fees, territories and rights-holder contacts.",
)
repertoire = tg.Data("Music repertoire rights data", kind="records")
archive_terms = tg.Data("Archive clip licence terms", kind="records")
lookup_results = tg.Data(
    "Rights lookup results", kind="tool-result", sensitivity=tg.Sensitivity.PII
)
drafts = tg.Data(
    "Clearance request drafts",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Draft e-mails to rights holders naming the use, the programme and the fee offered.",
)
report = tg.Data(
    "Clearance status report", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
draft_edits = tg.Data("Draft edits and sign-off", kind="records", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Production company office", trust=tg.Trust.INTERNAL):
    # Owns clearance for each programme and sends the requests.
    coordinator = tm.add(tg.Actor("Rights coordinator", role="rights coordinator"))

with tm.boundary("Post-production facility", trust=tg.Trust.INTERNAL):
    # The existing asset store holding edits, cue sheets and proxy media.
    mam = tm.add(
        tg.DataStore("Post-production asset store", stores={edl, proxy_frames, audio_excerpts})
    )

with tm.boundary("Company cloud tenant", trust=tg.Trust.INTERNAL):
    # Web app where coordinators start checks and review reports and drafts.
    workbench = tm.add(
        tg.Service(
            "Clearance workbench",
            controls={c.Authentication(method="company SSO (Entra ID) with MFA"), c.RBAC()},
        )
    )
    # The LLM agent that works through the edit item by item.
    agent = tm.add(
        tg.Agent(
            "Rights clearance agent",
            autonomy=tg.Autonomy.ASSISTIVE,
            controls={c.CircuitBreaker(max_steps=40)},
        )
    )
    # Reads the edit decision list and cue sheet for the episode asked about.
    edit_reader = tm.add(tg.Tool("Edit reader tool", capabilities={"read"}))
    # Cuts audio excerpts at cue timecodes and sends them for recognition.
    music_tool = tm.add(
        tg.Tool("Music identification tool", capabilities={"read", "network-egress"})
    )
    # Open-weights object detector fine-tuned on brand logos, run on proxy frames.
    logo_model = tm.add(
        tg.Model("Logo detection model", task=tg.Task.DETECTOR, origin=tg.ModelOrigin.OPEN_WEIGHTS)
    )
    # Looks items up in our licences and the external rights databases.
    rights_tool = tm.add(
        tg.Tool(
            "Rights lookup tool",
            capabilities={"read", "network-egress"},
            controls={c.LeastPrivilegeTools(note="read-only database account")},
        )
    )
    # Writes draft clearance requests for the coordinator; cannot send them.
    draft_tool = tm.add(tg.Tool("Clearance draft tool", capabilities={"write"}))
    # Holds drafts until the coordinator has reviewed them.
    drafts_store = tm.add(tg.DataStore("Clearance drafts store", stores={drafts}))

    with tm.boundary("Rights data", trust=tg.Trust.RESTRICTED):
        # The business affairs team's database of licences and contracts.
        licence_db = tm.add(
            tg.DataStore(
                "Licence and contracts database",
                stores={licences},
                controls={c.EncryptionAtRest(key_management="cloud KMS"), c.RBAC()},
            )
        )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted general-purpose model behind the vendor's API.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={
                c.SupplierAssessment(
                    note="enterprise terms: no training on our data, 30-day retention"
                )
            },
        )
    )

with tm.boundary("Music recognition vendor", trust=tg.Trust.PARTNER):
    # Audio fingerprinting API that names the tracks in an excerpt.
    fingerprint = tm.add(
        tg.ExternalService(
            "Music fingerprinting service", provides=tg.ExternalCategory.DATA_PROVIDER
        )
    )

with tm.boundary("External rights databases", trust=tg.Trust.PARTNER):
    # A collecting society's repertoire database: writers, publishers, shares.
    repertoire_db = tm.add(
        tg.ExternalService(
            "Collecting society repertoire database", provides=tg.ExternalCategory.DATA_PROVIDER
        )
    )
    # Archive libraries' catalogues with each clip's licence terms.
    archive_catalogue = tm.add(
        tg.ExternalService("Archive library catalogues", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

# ---------------------------------------------------------------- flows
tm.flow(coordinator, workbench, check_request, protocol="https")
tm.flow(workbench, agent, check_request)
tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

tm.flow(agent, edit_reader, tool_calls)
tm.flow(mam, edit_reader, edl, protocol="https")
tm.flow(edit_reader, agent, edl)

tm.flow(agent, music_tool, tool_calls)
tm.flow(mam, music_tool, audio_excerpts, protocol="https")
tm.flow(music_tool, fingerprint, audio_excerpts, protocol="https")
tm.flow(fingerprint, music_tool, music_ids, protocol="https")
tm.flow(music_tool, agent, music_ids)

tm.flow(agent, logo_model, tool_calls)
tm.flow(mam, logo_model, proxy_frames, protocol="https")
tm.flow(logo_model, agent, logo_detections)

tm.flow(agent, rights_tool, tool_calls)
tm.flow(rights_tool, licence_db, item_ids)
tm.flow(licence_db, rights_tool, licences)
tm.flow(rights_tool, repertoire_db, item_ids, protocol="https")
tm.flow(repertoire_db, rights_tool, repertoire, protocol="https")
tm.flow(rights_tool, archive_catalogue, item_ids, protocol="https")
tm.flow(archive_catalogue, rights_tool, archive_terms, protocol="https")
tm.flow(rights_tool, agent, lookup_results)

tm.flow(agent, draft_tool, tool_calls, drafts)
tm.flow(draft_tool, drafts_store, drafts)
tm.flow(agent, workbench, report)
tm.flow(drafts_store, workbench, drafts)
tm.flow(workbench, coordinator, report, drafts, protocol="https")
tm.flow(coordinator, workbench, draft_edits, protocol="https")
tm.flow(workbench, drafts_store, draft_edits)
