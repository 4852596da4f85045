"""Session rough-mix agent: the first design, before any security review.

A recording studio in Nashville wants an agent that prepares rough mixes so that
artists hear a balanced mix the day after tracking. The engineer starts a job in
the agent console; the agent, on the studio's render server, plans with a hosted
LLM, reads the multitrack session from the studio NAS, analyses the artist's
reference tracks and mix notes (pulled from the client portal by a sync job),
and renders a rough mix with the engineer's presets in a headless DAW. Rendered
mixes wait in a review folder; the engineer listens, and only after approval in
the console does the agent's upload tool post the mix to the artist's project on
the client portal (a SaaS). The console uses the studio's workstation logins,
the NAS has per-user shares and nightly snapshots, and the agent stops after a
fixed number of steps.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Session rough-mix agent",
    profile=tg.RiskProfile.LOW,
    description="Prepares rough mixes from multitrack sessions and delivers them to "
    "the client portal after engineer review.",
)

# ---------------------------------------------------------------- data assets
multitrack = tg.Data(
    "Multitrack session",
    kind="media",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
    description="Unreleased recorded tracks and the DAW session file.",
)
presets = tg.Data(
    "Engineer mix presets",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Plugin chains, bus templates and gain-staging targets the engineer built up.",
)
references = tg.Data(
    "Artist reference tracks",
    kind="media",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Commercial songs the artist uploads to show the sound they want.",
)
mix_notes = tg.Data(
    "Artist mix notes",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Free-text comments the artist leaves on the portal project.",
)
job_request = tg.Data(
    "Mix job request",
    kind="prompt",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Which session, which presets, and the engineer's own instructions.",
)
agent_prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Job request, track list, reference analysis and artist notes.",
)
plan = tg.Data(
    "LLM mix plan and tool calls", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL
)
session_call = tg.Data("Session read call", kind="tool-call")
session_summary = tg.Data(
    "Session track summary",
    kind="tool-result",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Track names, levels, takes and comments read from the session.",
)
analysis_call = tg.Data("Reference analysis call", kind="tool-call")
reference_profile = tg.Data(
    "Reference analysis",
    kind="tool-result",
    description="Loudness, spectral balance and dynamics of each reference track.",
)
render_call = tg.Data(
    "Render call", kind="tool-call", description="Presets, gains and bus settings to apply."
)
render_result = tg.Data(
    "Render result", kind="tool-result", description="Render status and output path."
)
rough_mix = tg.Data(
    "Rough mix",
    kind="media",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Stereo bounce of an unreleased song.",
)
upload_call = tg.Data(
    "Upload call", kind="tool-call", description="Which mix to post to which portal project."
)
upload_result = tg.Data("Upload result", kind="tool-result")
approval = tg.Data(
    "Upload approval", kind="records", description="The engineer's go-ahead for one rough mix."
)
portal_token = tg.Data("Portal API token", kind="credentials", sensitivity=tg.Sensitivity.SECRET)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The client: uploads references and notes, listens to the rough mixes.
    artist = tm.add(tg.Actor("Artist", role="client"))

with tm.boundary("Portal vendor", trust=tg.Trust.PARTNER):
    # The SaaS project portal the studio already uses to exchange files with clients.
    portal = tm.add(
        tg.ExternalService(
            "Client portal",
            description="Per-project file sharing and comments for the studio's clients.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Plans the mix steps and chooses the tool calls.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Studio network", trust=tg.Trust.INTERNAL):
    # Runs the session, knows the song, and signs off every mix before the client hears it.
    engineer = tm.add(tg.Actor("Recording engineer", role="engineer", privileged=True))
    # Where jobs start and mixes are approved for upload.
    console = tm.add(
        tg.Service(
            "Agent console",
            description="Small web app on the studio LAN.",
            controls={c.Authentication(method="studio workstation username and password")},
        )
    )
    # The studio's file server: sessions, presets, references and renders all live here.
    nas = tm.add(
        tg.DataStore(
            "Session NAS",
            stores={multitrack},
            controls={
                c.RBAC(note="per-engineer shares"),
                c.DataVersioning(note="nightly NAS snapshots"),
            },
        )
    )
    # The engineer's presets, kept on a NAS share the engineers edit.
    preset_library = tm.add(tg.DataStore("Preset library", stores={presets}))
    # Copies of what artists upload, so the agent never reads the portal directly.
    reference_folder = tm.add(tg.DataStore("Reference folder", stores={references, mix_notes}))
    # Rendered mixes waiting for the engineer to listen.
    review_folder = tm.add(tg.DataStore("Rough mix review folder", stores={rough_mix}))
    # Brings new reference uploads and comments down from the portal every 15 minutes.
    sync = tm.add(
        tg.Service(
            "Portal sync job",
            description="Scheduled download of each active project's uploads and comments.",
        )
    )

    with tm.boundary("Render server", trust=tg.Trust.INTERNAL):
        # The agent that turns a job request into a rough mix.
        agent = tm.add(
            tg.Agent(
                "Mix agent",
                autonomy=tg.Autonomy.SUPERVISED,
                controls={c.CircuitBreaker(max_steps=60)},
            )
        )
        # Reads track layout and levels from the session.
        session_tool = tm.add(tg.Tool("Session reader", capabilities={"read"}))
        # Measures the references so the agent can match their balance.
        analysis_tool = tm.add(tg.Tool("Reference analyser", capabilities={"read"}))
        # Drives the headless DAW with the presets and bounces the mix.
        render_tool = tm.add(
            tg.Tool(
                "Mix renderer",
                capabilities={"read", "write"},
                description="Loads the session and plugin chains in a headless DAW and writes the bounce.",
            )
        )
        # The only way out to the client: posts an approved mix to the portal.
        upload_tool = tm.add(
            tg.Tool(
                "Portal uploader",
                capabilities={"write", "network-egress"},
                description="Uses a studio-wide portal API token kept in the render server's config file.",
                controls={
                    c.HumanInTheLoop(
                        approver="the session's recording engineer",
                        note="each upload waits for approval in the agent console",
                    )
                },
            )
        )

# ---------------------------------------------------------------- flows
# The artist's side, through the portal
tm.flow(artist, portal, references, mix_notes, protocol="https")
tm.flow(portal, artist, rough_mix, protocol="https")
tm.flow(portal, sync, references, mix_notes, protocol="https")
tm.flow(sync, reference_folder, references, mix_notes, protocol="smb")

# Starting a job
tm.flow(engineer, console, job_request, protocol="https")
tm.flow(console, agent, job_request)

# Planning with the LLM
tm.flow(agent, llm, agent_prompt, protocol="https")
tm.flow(llm, agent, plan, protocol="https")

# Tools
tm.flow(agent, session_tool, session_call, protocol="local")
tm.flow(nas, session_tool, multitrack, protocol="smb")
tm.flow(session_tool, agent, session_summary, protocol="local")

tm.flow(reference_folder, agent, mix_notes, protocol="smb")
tm.flow(agent, analysis_tool, analysis_call, protocol="local")
tm.flow(reference_folder, analysis_tool, references, protocol="smb")
tm.flow(analysis_tool, agent, reference_profile, protocol="local")

tm.flow(agent, render_tool, render_call, protocol="local")
tm.flow(nas, render_tool, multitrack, protocol="smb")
tm.flow(preset_library, render_tool, presets, protocol="smb")
tm.flow(preset_library, agent, presets, protocol="smb", label="preset descriptions")
tm.flow(render_tool, review_folder, rough_mix, protocol="smb")
tm.flow(render_tool, agent, render_result, protocol="local")

# Review and delivery
tm.flow(review_folder, console, rough_mix, protocol="smb")
tm.flow(console, engineer, rough_mix, protocol="https", label="listen")
tm.flow(engineer, console, approval, protocol="https")
tm.flow(console, agent, approval)
tm.flow(agent, upload_tool, upload_call, protocol="local")
tm.flow(review_folder, upload_tool, rough_mix, protocol="smb")
tm.flow(upload_tool, portal, rough_mix, portal_token, protocol="https")
tm.flow(portal, upload_tool, upload_result, protocol="https")
tm.flow(upload_tool, agent, upload_result, protocol="local")
